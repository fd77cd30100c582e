//===- Passes.td - ckpt conversion passes ------------------*- tablegen -*-===//

#ifndef CKPT_CONVERSION_PASSES_TD
#define CKPT_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def CkptLinalgToCublas : Pass<"ckpt-linalg-to-cublas", "ModuleOp"> {
  let summary = "Replace GEMM-like linalg contractions on memrefs by cuBLAS "
                "calls through the ckpt CUDA runtime";
  let description = [{
    Every linalg op on memrefs that is a contraction `C[b,m,n] += A * B` with
    at most one batch dimension (leading in all operands), one M, one N and
    one K dimension, a multiply-add body, f32 or f64 elements and unit inner
    strides becomes a call to `ckptCublasGemmF32`/`ckptCublasGemmF64`. This
    covers linalg.matmul, linalg.batch_matmul, their transposed forms (named
    or as indexing_maps) and linalg.generic contractions in those layouts.
    Operands are passed as device addresses (aligned pointer plus offset) with
    their row and batch strides; the runtime calls cuBLAS with the operands
    swapped, since row-major `C = A B` is column-major `C^T = B^T A^T`.
    Accumulation into C is kept (beta = 1). The mixed-precision forms of
    `--ckpt-mixed-precision`, bf16 x bf16 -> f32 and f16 x f16 -> f32, call
    `ckptCublasGemmBF16F32`/`ckptCublasGemmF16F32`, which run
    cublasGemmStridedBatchedEx with f32 accumulation on the tensor cores.
    Anything else is left alone for the loop lowering.

    ```mlir
    linalg.matmul ins(%a, %b : memref<4x8xf32>, memref<8x16xf32>)
                  outs(%c : memref<4x16xf32>)
    // becomes, with %pa, %pb, %pc the operands' addresses as index:
    func.call @ckptCublasGemmF32(%c0, %c0, %c4, %c16, %c8, %pa, %c8, %c32,
        %pb, %c16, %c128, %pc, %c16, %c64, %c1) : (index, ...) -> ()
    ```
  }];
  let dependentDialects = ["arith::ArithDialect", "func::FuncDialect",
                           "memref::MemRefDialect"];
  let statistics = [
    Statistic<"numGemms", "num-gemms", "Contractions sent to cuBLAS">
  ];
}

def CkptLinalgToBlas : Pass<"ckpt-linalg-to-blas", "ModuleOp"> {
  let summary = "Replace GEMM-like linalg contractions on memrefs by BLAS "
                "calls through the ckpt host runtime";
  let description = [{
    The host counterpart of `ckpt-linalg-to-cublas`: the same contractions
    (linalg.matmul, linalg.batch_matmul, their transposed forms and
    linalg.generic ops in those layouts, f32 or f64, at most one leading
    batch dimension) become calls to `ckptBlasGemmF32`/`ckptBlasGemmF64`,
    with cuBLAS's arguments plus each matrix's column stride, so that any
    strided layout qualifies (cuBLAS's pass needs unit inner strides). The
    ckpt runtime implements them with OpenBLAS's row-major
    `cblas_sgemm`/`cblas_dgemm` (one call per batch entry), accumulating
    into C (beta = 1); a matrix BLAS cannot read in place (a column stride
    other than 1, a broadcast row) is packed into contiguous scratch first.
    A product's arithmetic is thus the same whatever its operands' layout,
    which keeps gradients bit-identical when a checkpoint region passes a
    view as a contiguous copy. Other linalg ops are left for the loop
    lowering.

    OpenBLAS splits a product among its threads by blocks of C, never along
    K, so every element of C is summed in the same order on every run: the
    results do not depend on timing, and a recomputed product equals the
    original bit for bit. Its packing buffers are allocated by OpenBLAS once
    per thread and are not counted in ckpt's peak bytes.

    ```mlir
    linalg.matmul ins(%a, %b : memref<4x8xf32>, memref<8x16xf32>)
                  outs(%c : memref<4x16xf32>)
    // becomes, with %pa, %pb, %pc the operands' addresses as index:
    // (transA, transB, m, n, k, then address, row stride, column stride
    // and batch stride of A, B and C, then the batch count)
    func.call @ckptBlasGemmF32(%c0, %c0, %c4, %c16, %c8, %pa, %c8, %c1, %c0,
        %pb, %c16, %c1, %c0, %pc, %c16, %c1, %c0, %c1) : (index, ...) -> ()
    ```
  }];
  let dependentDialects = ["arith::ArithDialect", "func::FuncDialect",
                           "memref::MemRefDialect"];
  let statistics = [
    Statistic<"numGemms", "num-gemms", "Contractions sent to BLAS">
  ];
}

def CkptApproximateMath : Pass<"ckpt-approximate-math"> {
  let summary = "Replace f32 tanh, exp, expm1, log, log1p, log2 and erf by "
                "MLIR's polynomial approximations";
  let description = [{
    On the host these functions are otherwise calls into libm, which cost
    more than a whole GEMM in a step of a tanh MLP and keep LLVM's loop
    vectorizer away from the loops that hold them. The approximations are
    MLIR's own (`populateMathPolynomialApproximationPatterns`), built from
    plain arith and math.fma/floor ops on scalars or vectors, for f32 only:
    f64 code keeps its libm calls, so finite-difference checks in f64 are
    unaffected. The measured accuracy against f64 references is in
    test/Conversion/ckpt-approximate-math-accuracy.test; recomputation is
    unaffected, since the same code runs in the forward and in any replay.

    ```mlir
    %y = math.tanh %x : f32
    // becomes a clamp, two polynomials and a division, no call
    ```
  }];
  let dependentDialects = ["arith::ArithDialect", "math::MathDialect",
                           "vector::VectorDialect"];
}

def CkptSerializeParallelLoops
    : Pass<"ckpt-serialize-parallel-loops", "ModuleOp"> {
  let summary = "Keep scf.parallel only where a thread team pays off";
  let description = [{
    `convert-linalg-to-parallel-loops` makes an `scf.parallel` of every run
    of parallel dimensions, wherever it sits in a loop nest, and
    `convert-scf-to-openmp` forks a thread team for each. This pass keeps an
    `scf.parallel` only when it is outermost in its function (no loop holds
    it), has no reductions, and its nest runs at least `min-iterations`
    innermost iterations (a nest with a bound that is not constant counts as
    large). Every other one becomes an `scf.for` nest over the same space,
    in the order of its dimensions. Each iteration of a kept loop runs the
    same operations on its own elements, whatever the thread count, so
    results do not depend on it.

    ```mlir
    scf.parallel (%i) = (%c0) to (%c4) step (%c1) {   // 4 iterations
      memref.store %x, %m[%i] : memref<4xf32>
    }
    // becomes
    scf.for %i = %c0 to %c4 step %c1 {
      memref.store %x, %m[%i] : memref<4xf32>
    }
    ```
  }];
  let options = [
    Option<"minIterations", "min-iterations", "uint64_t",
           /*default=*/"16384",
           "Fewest innermost iterations for which a loop nest stays parallel">
  ];
  let dependentDialects = ["scf::SCFDialect"];
  let statistics = [
    Statistic<"numParallel", "num-parallel", "Loops kept parallel">,
    Statistic<"numSerialized", "num-serialized", "Loops made serial">
  ];
}

def CkptSplitFunctions : Pass<"ckpt-split-functions", "ModuleOp"> {
  let summary = "Split large functions into never-inlined pieces: one per "
                "top-level loop nest, and chunks of what is left";
  let description = [{
    LLVM's time on one function grows faster than its size: IndVarSimplify
    with the number of loops in it (three quarters of O2 on a 4-layer
    transformer step), instruction selection and scheduling with the length
    of a basic block. After autodiff a whole backward is one function with
    thousands of loop nests and, once they are gone, one long block. This
    pass keeps every function small, so that the JIT's time grows linearly
    with the model. It runs on loops over memrefs (after
    `convert-linalg-to-loops`), on every function with one block:

    1. If the function has at least `min-nests` top-level `scf.for` or
       `scf.parallel` ops without results, each becomes a call to a new
       function `<name>__loop<i>` holding it.
    2. If more than `chunk-ops` ops are then left (not counting constants
       and stack allocations, which stay), they are cut into consecutive
       chunks of at most `chunk-ops` ops, each moved into a function
       `<name>__chunk<i>`. Values a chunk defines and later ops use become
       its results (buffers allocated in a chunk are returned, not copied).
       `chunk-ops=0` turns this off.
    3. With `merge` (the default), a new function whose type and body equal
       an earlier new function's is erased and its calls call that one.
       The same loop nest in every layer of a deep model is then compiled
       once, so the JIT's time grows with the distinct layers, not their
       number.

    New functions are private and marked `no_inline` and
    `passthrough = ["noinline"]` (which the LLVM function keeps), with
    internal linkage (`llvm.linkage`). What is left after the loop nests
    move out (the chunks, each function that was split when it holds no
    loop any more, and any other function without loops, such as a step
    that only calls its gradient function) is straight-line bookkeeping:
    calls, allocations, views. Unless `optimize-glue`, it is also marked `optnone`: LLVM's
    optimizer skips it and instruction selection takes its fast path, whose
    time stays linear in these long blocks (on a 48-layer transformer step
    code generation took 80 s with them optimized, 17 s without), while the
    loop nests, where the time is spent, are optimized as before. Constants
    they use are cloned into them; any other value from outside is an
    argument. The ops run in the same order on the same buffers, so results
    and peak bytes are unchanged.

    ```mlir
    func.func @f(%a: memref<8xf32>, %b: memref<8xf32>) {
      scf.for %i = %c0 to %c8 step %c1 { ... %a ... %b ... }
      scf.for %i = %c0 to %c8 step %c1 { ... %b ... }
      return
    }
    // becomes
    func.func @f(%a: memref<8xf32>, %b: memref<8xf32>) {
      call @f__loop0(%a, %b) : (memref<8xf32>, memref<8xf32>) -> ()
      call @f__loop1(%b) : (memref<8xf32>) -> ()
      return
    }
    func.func private @f__loop0(%a: memref<8xf32>, %b: memref<8xf32>)
        attributes {no_inline, passthrough = ["noinline"]} {
      %c0 = arith.constant 0 : index
      ...
    }
    ```
  }];
  let options = [
    Option<"minNests", "min-nests", "unsigned", /*default=*/"2",
           "Outline loop nests only in functions with at least this many">,
    Option<"chunkOps", "chunk-ops", "unsigned", /*default=*/"64",
           "Most ops left in one function before the rest is cut into "
           "chunks of this size (0: no chunks)">,
    Option<"optimizeGlue", "optimize-glue", "bool", /*default=*/"false",
           "Let LLVM optimize the straight-line functions (chunks, the "
           "functions split, functions without loops); by default they are "
           "`optnone`">,
    Option<"merge", "merge", "bool", /*default=*/"true",
           "Keep one of every set of new functions with equal types and "
           "bodies">
  ];
  let dependentDialects = ["func::FuncDialect", "LLVM::LLVMDialect",
                           "memref::MemRefDialect", "scf::SCFDialect"];
  let statistics = [
    Statistic<"numOutlined", "num-loop-nests", "Loop nests outlined">,
    Statistic<"numChunks", "num-chunks", "Chunks outlined">,
    Statistic<"numMerged", "num-merged",
              "New functions replaced by an equal one">
  ];
}

def CkptDeviceResidency : Pass<"ckpt-device-residency", "ModuleOp"> {
  let summary = "Keep the buffers GPU code touches in device memory";
  let description = [{
    Runs on bufferized functions before linalg becomes GPU kernels. Buffers
    that device code uses (operands of linalg ops, which become kernels, of
    memref.copy, and of cuBLAS calls) move to device memory:

    * `memref.alloc` becomes `gpu.alloc async`, `memref.dealloc` becomes
      `gpu.dealloc async` (each in a local token chain ended by `gpu.wait`);
    * memref arguments and `memref.get_global` constants get a device copy
      at entry (`gpu.memcpy` host to device), freed before each return; an
      argument that device code writes is copied back before the return;
    * returned device buffers are copied into fresh host buffers (device to
      host) and freed, so callers see ordinary host memrefs;
    * a host `memref.load` of a device buffer reads from a host copy;
    * `memref.copy` between device buffers becomes `linalg.copy` (a kernel).

    Public functions are entry points and follow the host convention above.
    Private functions (e.g. the backward of a checkpoint region that
    autodiff outlines with `no_inline` so recomputation stays separate) are
    called only from the module and take and return device buffers: no
    copies at their boundaries; results of calls to them are device buffers
    the caller owns.

    Nothing uses managed memory: intermediates live only on the device.
    Dynamic shapes, host stores into device buffers and calls that pass
    device buffers to public or external functions are reported as errors.

    ```mlir
    func.func @f(%x: memref<4xf32>) -> memref<4xf32> {
      %y = memref.alloc() : memref<4xf32>
      linalg.exp ins(%x : memref<4xf32>) outs(%y : memref<4xf32>)
      return %y : memref<4xf32>
    }
    // becomes (tokens elided)
    func.func @f(%x: memref<4xf32>) -> memref<4xf32> {
      %dx = gpu.alloc async () : memref<4xf32>
      gpu.memcpy async %dx, %x : memref<4xf32>, memref<4xf32>
      %y = gpu.alloc async () : memref<4xf32>
      linalg.exp ins(%dx : memref<4xf32>) outs(%y : memref<4xf32>)
      %h = memref.alloc() : memref<4xf32>
      gpu.memcpy async %h, %y : memref<4xf32>, memref<4xf32>
      gpu.dealloc async %y : memref<4xf32>
      gpu.dealloc async %dx : memref<4xf32>
      return %h : memref<4xf32>
    }
    ```
  }];
  let dependentDialects = ["gpu::GPUDialect", "linalg::LinalgDialect",
                           "memref::MemRefDialect"];
  let statistics = [
    Statistic<"numDeviceBuffers", "num-device-buffers",
              "Allocations moved to device memory">,
    Statistic<"numTransfers", "num-transfers",
              "Host/device copies inserted">
  ];
}

def CkptParallelizeReductions
    : Pass<"ckpt-parallelize-reductions", "func::FuncOp"> {
  let summary = "Lower linalg reductions to fully parallel loops with "
                "atomic updates, so GPU threads share a row";
  let description = [{
    `convert-linalg-to-parallel-loops` turns reduction dimensions into a
    sequential `scf.for` inside each thread: a row sum of 1x1M elements runs
    on one thread, and a full reduction gets no parallel loop at all (it
    would run on the host). This pass rewrites a linalg op on memrefs with
    reduction iterators whose body ends in one combiner the hardware can
    apply atomically (`arith.addf`, `maximumf`, `minimumf`, `maxnumf`,
    `minnumf`, `addi`, `maxsi`, `minsi`, `maxui`, `minui`) with the
    accumulator as one operand, into an `scf.parallel` over the whole
    iteration space whose body computes the element's contribution and
    applies it with `memref.atomic_rmw` to the (already initialized) output.
    Linalg ops without any parallel dimension that do not qualify (0-d
    arithmetic, other combiners) are wrapped in a one-iteration
    `scf.parallel` so they still run on the device, serially.

    ```mlir
    linalg.reduce ins(%x : memref<8x128xf32>) outs(%s : memref<8xf32>)
                  dimensions = [1]
      (%in: f32, %acc: f32) { %r = arith.addf %in, %acc : f32
                              linalg.yield %r : f32 }
    // becomes
    scf.parallel (%i, %j) = (%c0, %c0) to (%c8, %c128) step (%c1, %c1) {
      %v = memref.load %x[%i, %j] : memref<8x128xf32>
      memref.atomic_rmw addf %v, %s[%i] : (f32, memref<8xf32>) -> f32
    }
    ```
  }];
  let dependentDialects = ["affine::AffineDialect", "arith::ArithDialect",
                           "memref::MemRefDialect", "scf::SCFDialect"];
  let statistics = [
    Statistic<"numAtomic", "num-atomic", "Reductions made fully parallel">,
    Statistic<"numSerial", "num-serial",
              "Ops without parallel loops run on one GPU thread">
  ];
}

#endif // CKPT_CONVERSION_PASSES_TD
