//===- FrontendPipelines.cpp - ckpt's front end and bufferization ---------===//

#include "ckpt/Pipelines/FrontendPipelines.h"
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"

#include "mlir/Conversion/BufferizationToMemRef/BufferizationToMemRef.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

void mlir::ckpt::buildCkptFrontendPipeline(OpPassManager &pm) {
  pm.addPass(createCkptAutodiff());
  pm.addPass(createCkptInlineCheckpoints());
  // Only now: autodiff and the planner reason about the op itself, and a
  // recomputed region holds its own copy of it until here.
  pm.addPass(createCkptLowerRandom());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}

void mlir::ckpt::buildCkptBufferizePipeline(
    OpPassManager &pm, function_ref<void(OpPassManager &)> tensorPasses) {
  buildCkptFrontendPipeline(pm);
  pm.addPass(createCkptProtectArguments());
  pm.addNestedPass<func::FuncOp>(createConvertElementwiseToLinalgPass());
  // Fusion before untying, so that each remaining fill is made right before
  // its one user; in-place writes last, on the final producers.
  pm.addPass(createCkptFuseElementwise());
  pm.addPass(createCkptUntieInits());
  pm.addPass(createCkptReuseDeadInputs());
  if (tensorPasses)
    tensorPasses(pm);

  bufferization::OneShotBufferizePassOptions bufferize;
  bufferize.bufferizeFunctionBoundaries = true;
  bufferize.functionBoundaryTypeConversion =
      bufferization::LayoutMapOption::IdentityLayoutMap;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferize));
  // buffer-deallocation-pipeline, opened up so that deallocs are split and
  // hoisted before they are lowered.
  memref::ExpandReallocPassOptions expandRealloc;
  expandRealloc.emitDeallocs = false;
  pm.addPass(memref::createExpandReallocPass(expandRealloc));
  pm.addPass(createCanonicalizerPass());
  pm.addPass(bufferization::createOwnershipBasedBufferDeallocationPass());
  pm.addPass(createCanonicalizerPass());
  // Placing the buffers it can first leaves the simplification, whose cost
  // grows with listed buffers times retained values, almost nothing to do.
  pm.addPass(createCkptHoistDeallocs());
  pm.addPass(bufferization::createBufferDeallocationSimplificationPass());
  pm.addPass(createCkptHoistDeallocs());
  pm.addPass(bufferization::createLowerDeallocationsPass());
  pm.addPass(createCSEPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createConvertBufferizationToMemRefPass());
}
