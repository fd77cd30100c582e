//===- StepTime.cpp - estimated time of a bufferized training step --------===//

#include "StepTime.h"

#include "ckpt/Analysis/MemoryModel.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"

#include <algorithm>

using namespace mlir;
using namespace mlir::ckpt;

KernelOverheads KernelOverheads::forTarget(const TargetSpec &target) {
  // Orders of magnitude, not a calibration. CPU: ckpt's JIT runs a kernel
  // as an inlined loop nest or a BLAS call; split into 64 micro-batches,
  // the 4-layer MLP of test/Integration/CPU/plan-microbatch.test took about
  // 6 microseconds more per iteration (some tens of kernels, 12 of them
  // matmuls) on a 2-core VM: about 0.1 us per kernel, and 0.2 us (1e4
  // FLOPs at 5e10 FLOP/s) more per BLAS call. sm_90: a launch from ckpt's host
  // code costs about 5 us; an fp32 GEMM reaches half its peak near
  // n = 630 (5e8 FLOPs).
  if (target.name == "sm_90")
    return {5e-6, 5e8};
  return {1e-7, 1e4};
}

static bool isContraction(Operation *op) {
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  return linalgOp && linalg::isaContractionOpInterface(linalgOp);
}

/// Seconds of one run of the kernel `op` (a CostOpInterface op or a
/// memref.copy); 0 for ops that touch no buffer (scalar arithmetic).
static double kernelSeconds(Operation *op, CostModel &costs,
                            const TargetSpec &target,
                            const KernelOverheads &overheads) {
  OpCost cost;
  if (auto copy = dyn_cast<memref::CopyOp>(op)) {
    // Read and write each element once.
    cost.bytes = 2 * shapedBytes(copy.getSource().getType());
  } else {
    cost = costs.getCost(op);
  }
  if (cost.flops == 0 && cost.bytes == 0)
    return 0;
  double half = isContraction(op) ? overheads.halfFlops : 0;
  double compute = (static_cast<double>(cost.flops) + half) / target.peakFlops;
  double memory = static_cast<double>(cost.bytes) / target.bandwidth;
  return std::max(compute, memory) + overheads.secondsPerKernel;
}

/// Iterations of an scf.for with constant bounds and step, else 1.
static int64_t tripCount(scf::ForOp loop) {
  std::optional<int64_t> lb = getConstantIntValue(loop.getLowerBound());
  std::optional<int64_t> ub = getConstantIntValue(loop.getUpperBound());
  std::optional<int64_t> step = getConstantIntValue(loop.getStep());
  if (!lb || !ub || !step || *step <= 0)
    return 1;
  return std::max<int64_t>(0, (*ub - *lb + *step - 1) / *step);
}

namespace {
class StepTimer {
public:
  StepTimer(CostModel &costs, const TargetSpec &target)
      : costs(costs), target(target),
        overheads(KernelOverheads::forTarget(target)) {}

  double function(func::FuncOp fn) {
    auto known = memo.find(fn);
    if (known != memo.end())
      return known->second;
    memo[fn] = 0; // recursion counts nothing more
    double total = 0;
    for (Region &region : fn->getRegions())
      total += regionSeconds(region);
    memo[fn] = total;
    return total;
  }

private:
  double regionSeconds(Region &region) {
    double total = 0;
    for (Block &block : region)
      for (Operation &op : block)
        total += opSeconds(&op);
    return total;
  }

  double opSeconds(Operation *op) {
    if (auto call = dyn_cast<func::CallOp>(op)) {
      auto callee = SymbolTable::lookupNearestSymbolFrom<func::FuncOp>(
          call, call.getCalleeAttr());
      return callee && !callee.isExternal() ? function(callee) : 0;
    }
    if (isa<CostOpInterface, memref::CopyOp>(op))
      return kernelSeconds(op, costs, target, overheads);
    double nested = 0;
    for (Region &region : op->getRegions())
      nested += regionSeconds(region);
    if (auto loop = dyn_cast<scf::ForOp>(op))
      nested *= static_cast<double>(tripCount(loop));
    return nested;
  }

  CostModel &costs;
  const TargetSpec &target;
  KernelOverheads overheads;
  llvm::DenseMap<Operation *, double> memo;
};
} // namespace

double mlir::ckpt::estimateStepSeconds(func::FuncOp fn, CostModel &costs,
                                       const TargetSpec &target) {
  return StepTimer(costs, target).function(fn);
}

FailureOr<StepEstimate>
mlir::ckpt::estimateStepInPlace(ModuleOp module, StringRef caller,
                                const TargetSpec &target) {
  if (failed(bufferizeInPlace(module)))
    return failure();
  MemoryModel model(module, target.name == "cpu"
                                ? AllocationLowering::AlignedAlloc
                                : AllocationLowering::Malloc);
  const FunctionMemoryProfile *profile = model.lookup(caller);
  auto fn = SymbolTable::lookupNearestSymbolFrom<func::FuncOp>(
      module, StringAttr::get(module.getContext(), caller));
  if (!profile || !fn)
    return failure();
  CostModel costs(module);
  return StepEstimate{profile->peakBytes, profile->liveAtPeak,
                      estimateStepSeconds(fn, costs, target)};
}

FailureOr<StepEstimate> mlir::ckpt::estimateStep(ModuleOp module,
                                                 StringRef caller,
                                                 const TargetSpec &target) {
  OwningOpRef<ModuleOp> clone = module.clone();
  return estimateStepInPlace(*clone, caller, target);
}
