//===- CkptAttrs.td - ckpt attributes ----------------------*- tablegen -*-===//

#ifndef CKPT_DIALECT_CKPT_IR_CKPTATTRS_TD
#define CKPT_DIALECT_CKPT_IR_CKPTATTRS_TD

include "ckpt/Dialect/Ckpt/IR/CkptBase.td"
include "mlir/IR/EnumAttr.td"

def Ckpt_PolicyRecomputeAll : I32EnumAttrCase<"recompute_all", 0>;
def Ckpt_PolicySaveDots : I32EnumAttrCase<"save_dots", 1>;

def Ckpt_Policy : I32EnumAttr<"Policy",
    "what a checkpoint region keeps for the backward pass",
    [Ckpt_PolicyRecomputeAll, Ckpt_PolicySaveDots]> {
  let cppNamespace = "::mlir::ckpt";
  let genSpecializedAttr = 0;
}

def Ckpt_PolicyAttr : EnumAttr<Ckpt_Dialect, Ckpt_Policy, "policy"> {
  let summary = "checkpoint policy: recompute_all (default) or save_dots";
  let assemblyFormat = "`<` $value `>`";
}

#endif // CKPT_DIALECT_CKPT_IR_CKPTATTRS_TD
