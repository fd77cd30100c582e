//===- StepTime.h - estimated time of a bufferized training step -*- C++ -*-===//
//
// The time ckpt-plan weighs steps by: regions against none
// ("estimated_overhead") and, with `microbatch=`, one count of micro-batches
// against another. docs/MixedPrecision.md, "Step time", describes the model.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_LIB_DIALECT_CKPT_TRANSFORMS_PLAN_STEPTIME_H
#define CKPT_LIB_DIALECT_CKPT_TRANSFORMS_PLAN_STEPTIME_H

#include "ckpt/Analysis/CostModel.h"
#include "ckpt/Analysis/MemoryModel.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"

namespace mlir::ckpt {

/// What the roofline leaves out and a split into micro-batches multiplies:
/// a fixed cost per kernel run (a loop nest's setup, a library call or a
/// GPU launch) and Hockney's half-performance work of contractions (a
/// contraction of F FLOPs runs at peak * F / (F + halfFlops)).
struct KernelOverheads {
  double secondsPerKernel = 0;
  double halfFlops = 0;
  static KernelOverheads forTarget(const TargetSpec &target);
};

/// Estimated seconds of one call of `fn` on `target`: every op with a cost
/// model (and every memref.copy) is a kernel taking
/// max((F + h) / peak, B / bandwidth) + secondsPerKernel, h = halfFlops
/// for contractions and 0 otherwise; scf.for bodies with constant bounds
/// count once per iteration, other regions once; calls count their
/// callee's time.
double estimateStepSeconds(func::FuncOp fn, CostModel &costs,
                           const TargetSpec &target);

/// The exact peak_bytes (memory model on the bufferized step), the buffers
/// live at that peak, and the estimated seconds of the function `caller`.
struct StepEstimate {
  int64_t peakBytes = 0;
  SmallVector<LiveBuffer> liveAtPeak;
  double seconds = 0;
};

/// Bufferizes `module` itself (a copy the caller owns) and estimates
/// `caller`, with the allocator `target`'s pipeline lowers to (the CPU
/// pipeline's aligned_alloc, NVVM host code's malloc: they ask the runtime
/// for different byte counts); fails when it cannot be bufferized.
FailureOr<StepEstimate> estimateStepInPlace(ModuleOp module, StringRef caller,
                                            const TargetSpec &target);

/// estimateStepInPlace on a clone of `module`.
FailureOr<StepEstimate> estimateStep(ModuleOp module, StringRef caller,
                                     const TargetSpec &target);

} // namespace mlir::ckpt

#endif // CKPT_LIB_DIALECT_CKPT_TRANSFORMS_PLAN_STEPTIME_H
