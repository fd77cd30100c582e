//===- MemoryReport.cpp - --ckpt-memory-report ----------------------------===//

#include "ckpt/Analysis/CostInterfaces.h"
#include "ckpt/Analysis/MemoryModel.h"
#include "ckpt/Dialect/Ckpt/Transforms/PlanPasses.h"

#include "llvm/Support/raw_ostream.h"

#define DEBUG_TYPE "ckpt-memory-report"

namespace mlir::ckpt {
#define GEN_PASS_DEF_CKPTMEMORYREPORT
#include "ckpt/Dialect/Ckpt/Transforms/PlanPasses.h.inc"
} // namespace mlir::ckpt

using namespace mlir;
using namespace mlir::ckpt;

static void printProfile(const MemoryModel &model,
                         const FunctionMemoryProfile &profile,
                         raw_ostream &os) {
  os << "ckpt-memory-report: @" << profile.function
     << " peak_bytes = " << profile.peakBytes
     << (profile.exact                ? " (exact)"
         : profile.loopCarriesBuffers ? " (not exact: a loop keeps buffers "
                                        "across iterations)"
                                      : " (lower bound: dynamic sizes)");
  if (profile.peakOp) {
    os << " at " << profile.peakOp->getName().getStringRef();
    // Down the calls to the op where the innermost callee peaks.
    Operation *op = profile.peakOp;
    bool nested = false;
    for (unsigned depth = 0; depth < 64; ++depth) {
      auto call = dyn_cast<func::CallOp>(op);
      const FunctionMemoryProfile *callee =
          call ? model.lookup(call.getCallee()) : nullptr;
      if (!callee || !callee->peakOp)
        break;
      os << " in @" << callee->function;
      op = callee->peakOp;
      nested = true;
    }
    if (nested)
      os << " at " << op->getName().getStringRef();
    std::string loc;
    llvm::raw_string_ostream locStream(loc);
    op->getLoc().print(locStream);
    os << " " << loc;
  }
  os << "\n";
  for (const LiveBuffer &buffer : profile.liveAtPeak)
    os << "  " << buffer.bytes << " B  " << buffer.name << "  " << buffer.loc
       << "\n";
}

namespace {
struct MemoryReportPass
    : public ckpt::impl::CkptMemoryReportBase<MemoryReportPass> {
  void getDependentDialects(DialectRegistry &registry) const override {
    CkptMemoryReportBase::getDependentDialects(registry);
    registerCostInterfaceExternalModels(registry);
  }

  void runOnOperation() override {
    ModuleOp module = getOperation();
    OwningOpRef<ModuleOp> buffers;
    FailureOr<std::unique_ptr<MemoryModel>> model =
        predictMemory(module, buffers);
    if (failed(model)) {
      module.emitError("ckpt-memory-report: bufferization of a clone failed");
      return signalPassFailure();
    }
    // Report the user's functions in their order, not generated helpers.
    for (auto func : module.getOps<func::FuncOp>())
      if (const FunctionMemoryProfile *profile = (*model)->lookup(func))
        printProfile(**model, *profile, llvm::outs());
    markAllAnalysesPreserved();
  }
};
} // namespace
