//===- Passes.td - ckpt transformation passes --------------*- tablegen -*-===//

#ifndef CKPT_DIALECT_CKPT_TRANSFORMS_PASSES_TD
#define CKPT_DIALECT_CKPT_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def CkptInlineCheckpoints : Pass<"ckpt-inline-checkpoints", "ModuleOp"> {
  let summary = "Replace each ckpt.checkpoint by its body";
  let description = [{
    Outside differentiation a checkpoint region means exactly its body. This
    pass splices every body (innermost first) into the enclosing block,
    binding block arguments to the operands and the results to the yielded
    values. Lowering pipelines run it after `--ckpt-autodiff`.

    ```mlir
    %r = ckpt.checkpoint (%x) : (tensor<4xf32>) -> tensor<4xf32> {
    ^bb0(%a: tensor<4xf32>):
      %n = arith.negf %a : tensor<4xf32>
      ckpt.yield %n : tensor<4xf32>
    }
    // becomes
    %r = arith.negf %x : tensor<4xf32>
    ```
  }];
  let statistics = [
    Statistic<"numInlined", "num-inlined", "Checkpoint regions inlined">
  ];
}

def CkptAutodiff : Pass<"ckpt-autodiff", "ModuleOp"> {
  let summary = "Expand ckpt.value_and_grad into a generated backward pass";
  let description = [{
    Every `ckpt.value_and_grad` becomes a call of a generated function
    `__grad_<callee>_wrt_<i>_<j>...` (one per callee and wrt set) that runs
    the callee's forward, then reverse-mode differentiates its first result
    with respect to the chosen operands.

    Checkpoint regions are the point: the forward evaluates a region's body
    and keeps nothing of it but its operands; the backward re-executes the
    body (a fresh, opaque copy that later CSE cannot merge with the forward)
    right before differentiating it. Nested regions give multi-level
    checkpointing; `policy = save_dots` keeps contraction results.

    ```mlir
    %l, %g = ckpt.value_and_grad @loss(%w, %x) wrt [0]
        : (tensor<8x8xf32>, tensor<4x8xf32>) -> (tensor<f32>, tensor<8x8xf32>)
    // becomes
    %l, %g = call @__grad_loss_wrt_0(%w, %x)
        : (tensor<8x8xf32>, tensor<4x8xf32>) -> (tensor<f32>, tensor<8x8xf32>)
    ```
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::bufferization::BufferizationDialect",
    "::mlir::func::FuncDialect",
    "::mlir::linalg::LinalgDialect", "::mlir::math::MathDialect",
    "::mlir::tensor::TensorDialect"
  ];
  let options = [
    Option<"minCut", "min-cut", "bool", /*default=*/"true",
           "Keep for the backward a minimum cut (in bytes) of the forward "
           "values it reads, recomputing elementwise ops and views from it">
  ];
  let statistics = [
    Statistic<"numExpanded", "num-expanded", "value_and_grad ops expanded">,
    Statistic<"numGradFuncs", "num-grad-funcs", "Gradient functions generated">
  ];
}

def CkptLowerRandom : Pass<"ckpt-lower-random", "ModuleOp"> {
  let summary = "Expand ckpt.random_uniform into a linalg.generic of integer "
                "arithmetic (Philox-4x32-10)";
  let description = [{
    Every `ckpt.random_uniform` becomes a `linalg.generic` over an empty
    tensor whose body computes its element from `linalg.index`: the
    row-major linear index plus `offset` is the Philox counter, the seed its
    key, and ten rounds of `arith.mului_extended`, `arith.xori` and
    `arith.addi` on i32 give the four output words, whose top bits become
    the f32 or f64 value (docs/Random.md gives the exact stream). It is
    plain integer arithmetic on tensors, so both lowerings take it as they
    take any elementwise generic: the host loops vectorize, the GPU maps it
    onto threads. Both lowerings run this pass right after `--ckpt-autodiff`
    and `--ckpt-inline-checkpoints`, so the op the planner and autodiff see
    is the one op, and a recomputed region expands to the same arithmetic.

    ```mlir
    %u = ckpt.random_uniform %seed, %offset : tensor<4x8xf32>
    // becomes
    %e = tensor.empty() : tensor<4x8xf32>
    %u = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>],
                         iterator_types = ["parallel", "parallel"]}
        outs(%e : tensor<4x8xf32>) {
    ^bb0(%out: f32):
      %i = linalg.index 0 : index
      %j = linalg.index 1 : index
      // counter = offset + i * 8 + j; ten Philox rounds; (x0 >> 8) * 2^-24
      ...
      linalg.yield %v : f32
    } -> tensor<4x8xf32>
    ```
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::linalg::LinalgDialect",
    "::mlir::tensor::TensorDialect"
  ];
  let statistics = [
    Statistic<"numLowered", "num-lowered", "random_uniform ops expanded">
  ];
}

def CkptNormalize : Pass<"ckpt-normalize", "ModuleOp"> {
  let summary = "Rewrite front-end tensor IR into the forms ckpt differentiates";
  let description = [{
    Front ends such as torch-mlir's FX importer emit IR that is correct but
    awkward to differentiate and wasteful to keep for a backward pass. This
    pass rewrites every function with a body, without fusing computations
    (the planner's units stay single ops):

    - unit-extent dimensions are folded away, so broadcasts written with a
      constant index, like `(d0, d1, d2) -> (d0, d1, 0)`, become projected
      permutations;
    - results and operands of `linalg.generic` that nothing uses are erased
      (the argmax that softmax's max reduction also yields);
    - a 2-D (or batched) transpose feeding a `linalg.matmul` or
      `linalg.batch_matmul` becomes that operand's indexing map, so the
      backward reads the weight itself, not a transposed copy;
    - generics that only move data (broadcast, transpose, copy: the body
      yields its input) are folded into the indexing maps of the generics
      that read them, so they are never materialized.
    - softmax written op by op (max, subtract, exp, sum, divide along one
      dim) becomes `linalg.softmax`, whose adjoint reads the probabilities
      only (autodiff decomposes it again once it is differentiated).
    - views (reshapes, transposes, broadcasts) cross `ckpt.checkpoint`
      boundaries to the readers that fold them: a region whose operand is a
      view takes the view's source and re-creates the view inside, a
      region yielding a view yields its source and the view is re-created
      outside; readers that cannot fold it (a concat) keep the one
      materialized copy. Each value then crosses a boundary once (an
      operand passed twice is one block argument, a value yielded twice one
      result, unused ones are dropped). The normalized forms with and
      without regions match, so the gradients are bit-identical.

    `--ckpt-autodiff` applies the same rewrites to the functions it
    differentiates, and `--ckpt-plan` to the callees it plans.

    ```mlir
    %t = linalg.transpose ins(%w : tensor<384x128xf32>)
           outs(%e : tensor<128x384xf32>) permutation = [1, 0]
    %m = linalg.matmul ins(%x, %t : tensor<128x128xf32>, tensor<128x384xf32>)
           outs(%f : tensor<128x384xf32>) -> tensor<128x384xf32>
    // becomes
    %m = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>,
                                        affine_map<(d0, d1, d2) -> (d1, d2)>,
                                        affine_map<(d0, d1, d2) -> (d0, d1)>]
           ins(%x, %w : tensor<128x128xf32>, tensor<384x128xf32>)
           outs(%f : tensor<128x384xf32>) -> tensor<128x384xf32>
    ```
  }];
  let dependentDialects = [
    "::mlir::linalg::LinalgDialect", "::mlir::tensor::TensorDialect"
  ];
}

def CkptUntieInits : Pass<"ckpt-untie-inits", "ModuleOp"> {
  let summary = "Give each use of an empty or filled tensor its own copy, made where it is used";
  let description = [{
    CSE merges every `tensor.empty` of a type, and every zero fill of it,
    into one value: the matmuls of all layers then start from the same
    zero-filled tensor, which bufferization allocates once, at the top of
    the function, and copies into a fresh buffer for each user, keeping the
    shared one alive until its last user at the end of the backward. This
    pass, run right before bufferization, replaces each use of an empty
    tensor, or of a tensor filled with a scalar (linalg.fill, or a generic
    that only broadcasts scalars into an empty tensor), by a copy of the
    op made right before that use, so each buffer is allocated where it is
    first written and nothing is copied.

    ```mlir
    %e = tensor.empty() : tensor<4xf32>
    %z = linalg.fill ins(%c0 : f32) outs(%e : tensor<4xf32>) -> tensor<4xf32>
    %a = linalg.matmul ins(...) outs(%z : tensor<4xf32>) -> tensor<4xf32>
    ...
    %b = linalg.matmul ins(...) outs(%z : tensor<4xf32>) -> tensor<4xf32>
    // becomes
    %e0 = tensor.empty() : tensor<4xf32>
    %z0 = linalg.fill ins(%c0 : f32) outs(%e0 : tensor<4xf32>) -> tensor<4xf32>
    %a = linalg.matmul ins(...) outs(%z0 : tensor<4xf32>) -> tensor<4xf32>
    ...
    %e1 = tensor.empty() : tensor<4xf32>
    %z1 = linalg.fill ins(%c0 : f32) outs(%e1 : tensor<4xf32>) -> tensor<4xf32>
    %b = linalg.matmul ins(...) outs(%z1 : tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
  let statistics = [
    Statistic<"numUntied", "num-untied", "Uses given their own copy">
  ];
}

def CkptFuseElementwise : Pass<"ckpt-fuse-elementwise", "ModuleOp"> {
  let summary = "Fuse elementwise producers into their only consumer where "
                "that does not make more bytes live";
  let description = [{
    Runs after autodiff and planning, right before bufferization, on the
    step that will be lowered. An elementwise `linalg.generic` whose results
    are read by exactly one other `linalg.generic` in the same block is
    fused into it (upstream's elementwise fusion patterns), so its result is
    never materialized, if and only if that does not raise the peak: the
    producer's result buffer (the bytes fusion saves) must be at least as
    large as the tensors the producer reads whose last use it was (their
    lifetimes grow to reach the consumer). Function arguments and constants
    are live anyway and count nothing.

    Upstream's `linalg-fuse-elementwise-ops` fuses every single-use
    producer; on a training step that extends the lifetimes of the
    forward values the backward regenerates and raises the peak (on a
    transformer layer by 7%). The arithmetic of each element is unchanged,
    so results are bit-identical.

    ```mlir
    %a = linalg.generic ... ins(%x, %y) ... { addf }   // last use of %x, %y
    %b = linalg.generic ... ins(%a, %w) ... { mulf }
    // %a is not fused: it would keep %x and %y (2N bytes) alive to save %a (N)
    ```
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
  let statistics = [
    Statistic<"numFused", "num-fused", "Producers fused into their consumer">
  ];
}

def CkptReuseDeadInputs : Pass<"ckpt-reuse-dead-inputs", "ModuleOp"> {
  let summary = "Write elementwise results into an input that dies there";
  let description = [{
    Runs right before bufferization. An elementwise `linalg.generic` (all
    loops parallel, identity maps) that writes into a fresh `tensor.empty`
    and reads, through an identity map, a tensor of the same type that it
    is the last reader of, gets that tensor as its destination instead:
    one-shot bufferization then computes it in place, and the step needs
    one buffer less while it runs. The tensor must be made by a linalg op in
    the same block (not a function argument, which is read-only, nor a view
    of another buffer), and nothing after the generic may read it. Each
    element is read before it is written, so results are bit-identical.

    In a softmax's backward `dx = y * (dy - sum(dy * y))`, for example, dx
    takes dy's buffer, so the attention backward holds two score-sized
    buffers where it held three.

    ```mlir
    %e = tensor.empty() : tensor<4xf32>
    %r = linalg.generic {...} ins(%a, %b : ...) outs(%e : tensor<4xf32>)
    // %a (made by a linalg op) is not read after %r: becomes
    %r = linalg.generic {...} ins(%a, %b : ...) outs(%a : tensor<4xf32>)
    ```
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
  let statistics = [
    Statistic<"numReused", "num-reused", "Results written into a dead input">
  ];
}

def CkptRecordSignature : Pass<"ckpt-record-signature", "ModuleOp"> {
  let summary = "Record each public function's tensor-level signature as a "
                "'ckpt.signature' attribute that survives lowering";
  let description = [{
    Sets `ckpt.signature` (kSignatureAttrName) on every public `func.func`
    with a body, unless it has one already: a TypeAttr holding the
    function's type as it is now, at tensor level. Discardable attributes
    survive the lowering to `llvm.func`, so a runner given an already
    lowered module (ckpt-run, the Python package) checks its inputs' shapes
    and dtypes against the record instead of guessing them.
    `--ckpt-lower-to-cpu` and `--ckpt-lower-to-nvvm` start with it.

    ```mlir
    func.func @step(%x: tensor<2x3xf32>) -> tensor<2x3xf32>
    // becomes
    func.func @step(%x: tensor<2x3xf32>) -> tensor<2x3xf32>
        attributes {ckpt.signature = (tensor<2x3xf32>) -> tensor<2x3xf32>}
    ```
  }];
}

def CkptProtectArguments : Pass<"ckpt-protect-arguments", "ModuleOp"> {
  let summary = "Mark tensor function arguments read-only for bufferization";
  let description = [{
    One-shot bufferization may write into a function's argument buffers when
    it can prove the tensor is dead afterwards. A training step must not
    clobber the caller's weights and inputs, and `peak_bytes` must not depend
    on such reuse, so this pass sets `bufferization.writable = false` on every
    tensor argument of every function with a body that does not say
    otherwise.

    ```mlir
    func.func @f(%x: tensor<4xf32>) -> tensor<4xf32>
    // becomes
    func.func @f(%x: tensor<4xf32> {bufferization.writable = false}) -> tensor<4xf32>
    ```
  }];
  let dependentDialects = ["::mlir::bufferization::BufferizationDialect"];
}

def CkptHoistDeallocs : Pass<"ckpt-hoist-deallocs", "ModuleOp"> {
  let summary = "Free each buffer right after its last use";
  let description = [{
    Ownership-based deallocation places `memref.dealloc` at the end of the
    block that owns a buffer, which keeps every intermediate of a straight-
    line training step alive until the function returns and makes
    checkpointing pointless. This pass moves each unconditional
    `memref.dealloc` up to right after the last operation in its block that
    uses the buffer or a view of it (operations nested in regions count as
    their ancestor in the block). Buffers whose aliases leave the block
    through a terminator or a block argument are left alone.

    It runs before `bufferization.dealloc` is lowered: a buffer that such a
    dealloc frees unconditionally, that was allocated in the function and
    that never reaches a terminator, the dealloc's retained list or a call
    whose callee may return it cannot alias a retained value, so it is split
    off into its own `memref.dealloc` first (otherwise the run-time alias
    check of the lowering frees it only at the end of the function). A
    callee may return an argument when one of its returned buffers traces
    back, through views, to that argument (or to something unknown); the
    pass runs on the module so it can read callees.

    A buffer such a dealloc lists unconditionally and that some retained
    value views is never freed there: it leaves the list, and the results
    saying those retained values are owned become `true`, when every
    retained value traces back to fresh buffers (allocations, or results of
    calls that return buffers of their own). Run before upstream's
    `buffer-deallocation-simplification`, these two steps leave it only the
    buffers they cannot place, instead of every buffer of a training step
    against every gradient it returns (quadratic in the model's depth).

    ```mlir
    %a = memref.alloc() : memref<4xf32>
    linalg.generic ... outs(%a : memref<4xf32>)
    linalg.generic ... ins(%a : memref<4xf32>) outs(%b : memref<4xf32>)
    "some.other"() : () -> ()
    memref.dealloc %a : memref<4xf32>
    // becomes
    ...
    linalg.generic ... ins(%a : memref<4xf32>) outs(%b : memref<4xf32>)
    memref.dealloc %a : memref<4xf32>
    "some.other"() : () -> ()
    ```

    With `transfer-ownership` (the default), a buffer whose last use is a
    call to a private function of the module is freed by the callee instead,
    right after the callee's own last use of it, when every call site of
    that function passes, at that position, a buffer it owns (frees with a
    `memref.dealloc` in the call's block) and never uses again, and the
    callee neither returns an alias of it nor frees it itself. This repeats
    through chains of calls. It is what lets nested checkpoint regions free
    the adjoint each level receives while the levels inside it run, instead
    of holding one per level:

    ```mlir
    func.func private @bwd(%adj: memref<4xf32>) {
      "use"(%adj) : (memref<4xf32>) -> ()
      memref.dealloc %adj : memref<4xf32>   // added
      "deeper"() : () -> ()
      return
    }
    %a = memref.alloc() : memref<4xf32>
    call @bwd(%a) : (memref<4xf32>) -> ()
    // memref.dealloc %a : memref<4xf32>    removed
    ```
  }];
  let options = [
    Option<"transferOwnership", "transfer-ownership", "bool",
           /*default=*/"true",
           "Let private callees free the buffers they are last passed">
  ];
  let dependentDialects = ["arith::ArithDialect"];
  let statistics = [
    Statistic<"numHoisted", "num-hoisted", "Deallocations moved earlier">,
    Statistic<"numTransferred", "num-transferred",
              "Buffers freed by the private callee they are last passed to">
  ];
}

def CkptMixedPrecision : Pass<"ckpt-mixed-precision", "ModuleOp"> {
  let summary = "Run the callees of ckpt.value_and_grad in bf16 or f16";
  let description = [{
    Runs before `--ckpt-autodiff`. The callee of every `ckpt.value_and_grad`
    is cloned into `<callee>_<dtype>` and the op calls the clone. In the
    clone, every value of the callee's float type (the element type of its
    loss, f32 or f64: the master type) becomes `dtype`: activations and the
    arithmetic on them run in low precision. Arguments keep the master type
    and are truncated at entry, results are extended back at return, so the
    weights and their gradients stay master copies (autodiff takes the
    gradient back through `arith.truncf`/`arith.extf`). Contractions
    (`linalg.matmul`, `linalg.batch_matmul`) and every other op with
    reduction loops accumulate in f32: their low-precision inputs are read
    as f32 and their results truncated afterwards.

    With `loss-scale=S` (meant for f16, whose range is narrow) the clone
    returns `S * loss`, so every low-precision gradient in the backward pass
    is scaled by S; the op's loss and gradients are divided by S again.

    ```mlir
    %l, %g = ckpt.value_and_grad @loss(%w, %x) wrt [0]
        : (tensor<8x8xf32>, tensor<4x8xf32>) -> (tensor<f32>, tensor<8x8xf32>)
    // becomes (with dtype=bf16)
    %l, %g = ckpt.value_and_grad @loss_bf16(%w, %x) wrt [0]
        : (tensor<8x8xf32>, tensor<4x8xf32>) -> (tensor<f32>, tensor<8x8xf32>)
    // where @loss_bf16 truncates %w and %x to tensor<..xbf16>, runs the
    // matmuls as bf16 x bf16 -> f32 and the rest in bf16.
    ```
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::linalg::LinalgDialect",
    "::mlir::tensor::TensorDialect"
  ];
  let options = [
    Option<"dtype", "dtype", "::mlir::ckpt::LowPrecision",
           /*default=*/"::mlir::ckpt::LowPrecision::BF16",
           "Type of the activations and their arithmetic",
           [{::llvm::cl::values(
             clEnumValN(::mlir::ckpt::LowPrecision::BF16, "bf16",
                        "bfloat16 (8-bit exponent)"),
             clEnumValN(::mlir::ckpt::LowPrecision::F16, "f16",
                        "IEEE half precision (5-bit exponent)"))}]>,
    Option<"lossScale", "loss-scale", "double", /*default=*/"1.0",
           "Static loss scale: the backward runs on S * loss, the gradients "
           "come back divided by S">
  ];
  let statistics = [
    Statistic<"numConverted", "num-converted", "value_and_grad ops converted">
  ];
}

def CkptMicrobatch : Pass<"ckpt-microbatch", "ModuleOp"> {
  let summary = "Split ckpt.value_and_grad over micro-batches";
  let description = [{
    Runs before `--ckpt-autodiff`. Each `ckpt.value_and_grad` becomes an
    `scf.for` over `count` micro-batches: the operands at the callee
    argument indices `batch-args` are cut along dimension 0 into `count`
    equal slices (`tensor.extract_slice`), and each iteration differentiates
    a copy of the callee specialized to the slice shapes
    (`<callee>_mb<count>`). The loss, the other callee results without a
    batch dimension and the gradients of the other arguments accumulate in
    loop-carried tensors, updated in place; gradients of batch arguments and
    callee results whose dimension 0 is the batch are written into their
    slice (`tensor.insert_slice`). With `reduction=mean` the sums are divided
    by `count` after the loop.

    The specialization follows the batch dimension through the callee
    (elementwise ops, linalg ops by their indexing maps, reshapes, checkpoint
    regions and calls) and divides it by `count` wherever it reaches;
    constants are not rescaled, so a callee that divides by its batch size
    should compute it, not hard-code it, when used with `reduction=sum`.

    ```mlir
    %l, %g = ckpt.value_and_grad @loss(%w, %x) wrt [0]
        : (tensor<8x8xf32>, tensor<16x8xf32>) -> (tensor<f32>, tensor<8x8xf32>)
    // becomes (count=4 batch-args=1 reduction=sum)
    %r:2 = scf.for %i = %c0 to %c4 step %c1 iter_args(%la = %zl, %ga = %zg) ... {
      %xs = tensor.extract_slice %x[%off, 0] [4, 8] [1, 1]
      %li, %gi = ckpt.value_and_grad @loss_mb4(%w, %xs) wrt [0] ...
      // %la += %li, %ga += %gi in place
      scf.yield ...
    }
    ```
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::linalg::LinalgDialect",
    "::mlir::scf::SCFDialect", "::mlir::tensor::TensorDialect"
  ];
  let options = [
    Option<"count", "count", "int64_t", /*default=*/"1",
           "Number of micro-batches K (K >= 1)">,
    ListOption<"batchArgs", "batch-args", "int64_t",
               "Callee argument indices split along dimension 0">,
    Option<"reduction", "reduction", "::mlir::ckpt::MicrobatchReduction",
           /*default=*/"::mlir::ckpt::MicrobatchReduction::Mean",
           "How the micro-batch losses and gradients combine",
           [{::llvm::cl::values(
             clEnumValN(::mlir::ckpt::MicrobatchReduction::Mean, "mean",
                        "the average of the micro-batch results"),
             clEnumValN(::mlir::ckpt::MicrobatchReduction::Sum, "sum",
                        "the sum of the micro-batch results"))}]>
  ];
  let statistics = [
    Statistic<"numSplit", "num-split", "value_and_grad ops split">
  ];
}

#endif // CKPT_DIALECT_CKPT_TRANSFORMS_PASSES_TD
