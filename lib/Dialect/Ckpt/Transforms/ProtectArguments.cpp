//===- ProtectArguments.cpp - keep callers' buffers intact ----------------===//

#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"

#define DEBUG_TYPE "ckpt-protect-arguments"

namespace mlir::ckpt {
#define GEN_PASS_DEF_CKPTPROTECTARGUMENTS
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h.inc"
} // namespace mlir::ckpt

using namespace mlir;

namespace {
struct ProtectArgumentsPass
    : public ckpt::impl::CkptProtectArgumentsBase<ProtectArgumentsPass> {
  void runOnOperation() override {
    auto writable = StringAttr::get(
        &getContext(), bufferization::BufferizationDialect::kWritableAttrName);
    auto no = BoolAttr::get(&getContext(), false);
    for (auto func : getOperation().getOps<func::FuncOp>()) {
      if (func.isExternal())
        continue;
      for (unsigned i = 0, e = func.getNumArguments(); i < e; ++i)
        if (isa<TensorType>(func.getArgument(i).getType()) &&
            !func.getArgAttr(i, writable))
          func.setArgAttr(i, writable, no);
    }
  }
};
} // namespace
