//===- RecordSignature.cpp - --ckpt-record-signature ----------------------===//
//
// The tensor-level signature of each public function, kept as an attribute
// through lowering for runners that are given the lowered module.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"

namespace mlir::ckpt {
#define GEN_PASS_DEF_CKPTRECORDSIGNATURE
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h.inc"
} // namespace mlir::ckpt

using namespace mlir;

namespace {
struct RecordSignaturePass
    : public ckpt::impl::CkptRecordSignatureBase<RecordSignaturePass> {
  void runOnOperation() override {
    for (auto func : getOperation().getOps<func::FuncOp>()) {
      if (func.isExternal() || !func.isPublic() ||
          func->hasAttr(ckpt::kSignatureAttrName))
        continue;
      func->setAttr(ckpt::kSignatureAttrName,
                    TypeAttr::get(func.getFunctionType()));
    }
  }
};
} // namespace
