//===- AdjointInterfaces.td - reverse-mode rules of ops --*- tablegen -*-===//

#ifndef CKPT_DIALECT_CKPT_TRANSFORMS_ADJOINTINTERFACES_TD
#define CKPT_DIALECT_CKPT_TRANSFORMS_ADJOINTINTERFACES_TD

include "mlir/IR/OpBase.td"

def AdjointOpInterface : OpInterface<"AdjointOpInterface"> {
  let description = [{
    The reverse-mode rule of an op: what `--ckpt-autodiff` emits for it in
    the backward. An op without this interface cannot be differentiated
    ("no adjoint for 'dialect.op'"): the ops with a model are exactly the
    ops ckpt differentiates. ckpt attaches external models to the upstream
    arith, math, linalg and tensor ops (registerAllDialects); an embedding
    compiler attaches its own to its ops the same way, without changing
    ckpt (docs/Autodiff.md). `ckpt.checkpoint` is the engine's own business
    (recomputation) and has no model.

    The engine calls the rule in reverse program order, once per op that
    has a result with an adjoint and an operand (or captured value) that
    depends on a differentiated input, after checking that the op's shapes
    are static.

    ```c++
    struct MyOpAdjoint
        : AdjointOpInterface::ExternalModel<MyOpAdjoint, my::MyOp> {
      LogicalResult emitAdjoint(Operation *op,
                                autodiff::AdjointEmitter &e) const {
        Value g = e.lookup(op->getResult(0));
        if (g && e.isVaried(op->getOperand(0)))
          e.accumulate(op->getOperand(0), /*ops built with e.builder()*/ g);
        return success();
      }
    };
    ```
  }];
  let cppNamespace = "::mlir::ckpt";
  let methods = [
    InterfaceMethod<[{
        Emits, at `emitter.builder()`'s insertion point, the ops that
        propagate the adjoints of the op's results (`emitter.lookup`) to its
        varied operands (`emitter.isVaried`), and adds them there with
        `emitter.accumulate` (or `emitter.set` for an adjoint that already
        contains the operand's previous one). Returns failure after emitting
        an error at the op when it cannot be differentiated.
      }],
      "::llvm::LogicalResult", "emitAdjoint",
      (ins "::mlir::ckpt::autodiff::AdjointEmitter &":$emitter)>,
  ];
}

def ScalarAdjointOpInterface : OpInterface<"ScalarAdjointOpInterface"> {
  let description = [{
    The reverse-mode rule of a scalar op with one result, on plain values
    rather than through the sweep's bookkeeping: the linalg.generic rule
    replays a generic's body and runs these rules backwards through it, and
    the same rule differentiates the op in a function body (through the
    AdjointOpInterface model `ScalarOpAdjointModel`).
  }];
  let cppNamespace = "::mlir::ckpt";
  let methods = [
    InterfaceMethod<[{
        Builds with `builder` the adjoints of the op's operands from the
        adjoint of its result, `resultAdjoints[0]`. `operandAdjoints` gets
        one entry per operand, null for an operand without a derivative.
        `accumulator` is the running value of a reduction whose combiner
        this op is (it must lose ties of max/min), or null. Fails, without a
        diagnostic, when the op cannot be differentiated as it is.
      }],
      "::llvm::LogicalResult", "emitScalarAdjoint",
      (ins "::mlir::OpBuilder &":$builder,
           "::mlir::ValueRange":$resultAdjoints,
           "::mlir::Value":$accumulator,
           "::llvm::SmallVectorImpl<::mlir::Value> &":$operandAdjoints)>,
  ];
}

#endif // CKPT_DIALECT_CKPT_TRANSFORMS_ADJOINTINTERFACES_TD
