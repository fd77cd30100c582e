//===- CkptOps.td - ckpt operations ------------------------*- tablegen -*-===//

#ifndef CKPT_DIALECT_CKPT_IR_CKPTOPS_TD
#define CKPT_DIALECT_CKPT_IR_CKPTOPS_TD

include "ckpt/Dialect/Ckpt/IR/CkptBase.td"
include "ckpt/Dialect/Ckpt/IR/CkptAttrs.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/IR/RegionKindInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"

def Ckpt_CheckpointOp : Ckpt_Op<"checkpoint", [
    IsolatedFromAbove,
    SingleBlockImplicitTerminator<"YieldOp">,
    RecursiveMemoryEffects]> {
  let summary = "a segment whose intermediates are recomputed in the backward";
  let description = [{
    The body computes the results from the block arguments, which are bound
    to the operands. In a differentiated function the forward evaluates the
    body but keeps none of its intermediates for the backward pass; the
    backward re-executes the body from the operands (the saved checkpoints)
    right before differentiating it. Regions nest, which gives multi-level
    checkpointing. Outside differentiation the op equals its inlined body.

    `policy = #ckpt.policy<save_dots>` keeps the results of contractions
    (matmul and friends) computed inside the region and recomputes the rest.

    ```mlir
    %y = ckpt.checkpoint (%x, %w) {name = "block0"}
        : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32> {
    ^bb0(%a: tensor<4x8xf32>, %b: tensor<8x8xf32>):
      %e = tensor.empty() : tensor<4x8xf32>
      %m = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x8xf32>)
                         outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>
      ckpt.yield %m : tensor<4x8xf32>
    }
    ```
  }];
  let arguments = (ins Variadic<AnyRankedTensor>:$inputs,
                       OptionalAttr<StrAttr>:$name,
                       OptionalAttr<Ckpt_PolicyAttr>:$policy);
  let results = (outs Variadic<AnyRankedTensor>:$results);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = [{
    `(` $inputs `)` attr-dict `:` functional-type($inputs, $results) $body
  }];
  let hasVerifier = 1;
  let skipDefaultBuilders = 1;
  let builders = [
    OpBuilder<(ins "::mlir::TypeRange":$resultTypes,
                   "::mlir::ValueRange":$inputs)>
  ];
  let extraClassDeclaration = [{
    /// The policy, defaulting to recompute_all when the attribute is absent.
    ::mlir::ckpt::Policy getEffectivePolicy();
    ::mlir::Block &getBodyBlock() { return getBody().front(); }
    YieldOp getYield();
  }];
}

def Ckpt_YieldOp : Ckpt_Op<"yield", [
    Pure, Terminator, ReturnLike, HasParent<"CheckpointOp">]> {
  let summary = "terminates a ckpt.checkpoint body and yields its results";
  let description = [{
    ```mlir
    ckpt.yield %a, %b : tensor<4xf32>, tensor<f32>
    ```
  }];
  let arguments = (ins Variadic<AnyRankedTensor>:$values);
  let builders = [OpBuilder<(ins), [{ /* empty yield */ }]>];
  let assemblyFormat = "attr-dict ($values^ `:` type($values))?";
  let hasVerifier = 1;
}

def Ckpt_ValueAndGradOp : Ckpt_Op<"value_and_grad", [
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "value of a function and the gradient of its first result";
  let description = [{
    Calls `callee` with the operands and returns all of its results, then one
    gradient per index in `wrt` (strictly increasing operand indices), each
    with the type of that operand. The callee's first result is the scalar
    being differentiated: `f32`/`f64` or a 0-d tensor of them. Further
    callee results are passed through undifferentiated.
    `--ckpt-autodiff` expands the op into a call of a generated gradient
    function.

    ```mlir
    %loss, %dw = ckpt.value_and_grad @loss(%x, %w) wrt [1]
        : (tensor<4x8xf32>, tensor<8x8xf32>) -> (tensor<f32>, tensor<8x8xf32>)
    ```
  }];
  let arguments = (ins FlatSymbolRefAttr:$callee,
                       DenseI64ArrayAttr:$wrt,
                       Variadic<AnyType>:$operands);
  let results = (outs Variadic<AnyType>:$results);
  let assemblyFormat = [{
    $callee `(` $operands `)` `wrt` $wrt attr-dict `:`
      functional-type($operands, $results)
  }];
  let hasVerifier = 1;
}

def Ckpt_RandomUniformOp : Ckpt_Op<"random_uniform", [Pure]> {
  let summary = "a tensor of counter-based (Philox-4x32-10) uniform numbers "
                "in [0, 1)";
  let description = [{
    A stateless draw: the result depends only on `seed`, `offset` and the
    result's shape, on every run and every target, so a checkpoint region
    that is recomputed in the backward redraws exactly the same numbers.
    Element `i` of the row-major flattened result is made from one
    Philox-4x32-10 block with the key `(lo32(seed), hi32(seed))` and the
    counter `(lo32(offset + i), hi32(offset + i), 0, 0)` (the sum wraps
    modulo 2^64); of its four output words `x0..x3`, an f32 takes the top 24
    bits of `x0`, `(x0 >> 8) * 2^-24`, and an f64 the top 53 bits of
    `x0:x1`, `(((x0 << 32) | x1) >> 11) * 2^-53`. docs/Random.md gives the
    rounds and a reference in numpy. Two draws whose counters do not overlap
    (the next offset is this offset plus the element count) are independent.

    Autodiff treats the result as a constant of `seed` and `offset`: it has
    no gradient. `--ckpt-lower-random` (run by both lowerings) expands the
    op into a `linalg.generic` of integer arithmetic.

    ```mlir
    %u = ckpt.random_uniform %seed, %offset : tensor<4x8xf32>
    ```
  }];
  let arguments = (ins I64:$seed, I64:$offset);
  let results = (outs AnyRankedTensor:$result);
  let assemblyFormat = "$seed `,` $offset attr-dict `:` type($result)";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// Integer and float operations the lowering spends on one element,
    /// what the cost model charges per element.
    static constexpr int64_t kOpsPerElement = 80;
  }];
}

#endif // CKPT_DIALECT_CKPT_IR_CKPTOPS_TD
