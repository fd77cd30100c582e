//===- embed-opt.cpp - an mlir-opt of another project, with ckpt inside ---===//
//
// What a compiler embedding ckpt does: register ckpt next to the dialects
// and passes it already has, run ckpt's passes in its own pipelines, and
// call the planning API directly. `--embed-plan="memory-budget=<size>"`
// plans each function holding a ckpt.value_and_grad through
// mlir::ckpt::planFunction and prints the report's fields from the structs.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Dialect/Ckpt/IR/CkptOps.h"
#include "ckpt/Dialect/Ckpt/Transforms/Plan/Planner.h"
#include "ckpt/InitAll.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

namespace {
struct EmbedPlanPass
    : public PassWrapper<EmbedPlanPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(EmbedPlanPass)

  EmbedPlanPass() = default;
  EmbedPlanPass(const EmbedPlanPass &other) : PassWrapper(other) {}

  StringRef getArgument() const final { return "embed-plan"; }
  StringRef getDescription() const final {
    return "Plan checkpoints through ckpt's C++ planning API and print the "
           "report";
  }

  Option<std::string> memoryBudget{*this, "memory-budget",
                                   llvm::cl::desc("Peak bytes allowed")};

  void runOnOperation() override {
    SmallVector<func::FuncOp> callers;
    getOperation().walk([&](ckpt::ValueAndGradOp op) {
      auto caller = op->getParentOfType<func::FuncOp>();
      if (!llvm::is_contained(callers, caller))
        callers.push_back(caller);
    });
    ckpt::CkptPlanOptions options;
    options.memoryBudget = memoryBudget;
    for (func::FuncOp caller : callers) {
      FailureOr<ckpt::PlanReport> report =
          ckpt::planFunction(caller, options);
      if (failed(report))
        return signalPassFailure();
      for (const ckpt::PlanSummary &plan : report->plans) {
        llvm::outs() << "embed-plan: @" << plan.caller << " -> @"
                     << plan.callee << " budget " << plan.budgetBytes
                     << " baseline " << plan.baselinePeakBytes
                     << " predicted " << plan.predictedPeakBytes
                     << (plan.exact ? " (exact)" : "") << " plan "
                     << plan.plan << "\n";
        for (const ckpt::PlannedRegion &region : plan.regions)
          llvm::outs() << "embed-plan:   region " << region.name << " depth "
                       << region.depth << " ops " << region.numOps << "\n";
      }
    }
  }
};
} // namespace

int main(int argc, char **argv) {
  // The host's own dialects, then ckpt's (which adds what its pipelines
  // need; registering a dialect twice is harmless).
  DialectRegistry registry;
  registerAllDialects(registry);
  ckpt::registerAllDialects(registry);
  // ckpt's passes and pipelines, with the upstream ones they name.
  ckpt::registerAllPasses();
  PassRegistration<EmbedPlanPass>();
  return asMainReturnCode(MlirOptMain(
      argc, argv, "An MLIR tool embedding ckpt (examples/embed)\n", registry));
}
