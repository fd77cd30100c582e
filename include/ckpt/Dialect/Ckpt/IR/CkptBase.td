//===- CkptBase.td - ckpt dialect definition ---------------*- tablegen -*-===//
//
// The ckpt dialect: gradient checkpointing as IR.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_DIALECT_CKPT_IR_CKPTBASE_TD
#define CKPT_DIALECT_CKPT_IR_CKPTBASE_TD

include "mlir/IR/OpBase.td"

def Ckpt_Dialect : Dialect {
  let name = "ckpt";
  let cppNamespace = "::mlir::ckpt";
  let summary = "Gradient checkpointing: recompute regions and differentiation.";
  let description = [{
    The `ckpt` dialect expresses the two ideas a gradient-checkpointing
    compiler needs in the IR itself:

    * `ckpt.checkpoint` marks a segment of a forward computation whose
      intermediates are not kept for the backward pass; the backward
      re-executes the segment from its operands (the checkpoints).
    * `ckpt.value_and_grad` asks for the value of a function together with
      the gradient of its first (scalar) result with respect to chosen
      operands. `--ckpt-autodiff` expands it into a generated backward.

    Outside differentiation, a `ckpt.checkpoint` means exactly its body.
  }];
  let useDefaultAttributePrinterParser = 1;
  let dependentDialects = ["::mlir::func::FuncDialect"];
}

class Ckpt_Op<string mnemonic, list<Trait> traits = []>
    : Op<Ckpt_Dialect, mnemonic, traits>;

#endif // CKPT_DIALECT_CKPT_IR_CKPTBASE_TD
