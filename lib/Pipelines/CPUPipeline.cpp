//===- CPUPipeline.cpp - --ckpt-lower-to-cpu ------------------------------===//

#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"
#include "ckpt/Pipelines/Pipelines.h"

#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

void mlir::ckpt::buildCkptFrontendPipeline(OpPassManager &pm) {
  pm.addPass(createCkptInlineCheckpoints());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}

void mlir::ckpt::buildLowerToCPUPipeline(OpPassManager &pm) {
  buildCkptFrontendPipeline(pm);
  // The textual form keeps the pipeline readable and identical to what
  // `ckpt-opt --dump-pass-pipeline` shows.
  const char *lowering =
      "one-shot-bufferize{bufferize-function-boundaries "
      "function-boundary-type-conversion=identity-layout-map},"
      "buffer-deallocation-pipeline,convert-bufferization-to-memref,"
      "func.func(convert-linalg-to-loops),lower-affine,convert-scf-to-cf,"
      "expand-strided-metadata,"
      "finalize-memref-to-llvm{use-generic-functions=1},"
      "convert-to-llvm,reconcile-unrealized-casts";
  if (failed(parsePassPipeline(lowering, pm)))
    llvm::report_fatal_error("ckpt: malformed built-in CPU pipeline");
}

void mlir::ckpt::registerCkptPipelines() {
  PassPipelineRegistration<>(
      "ckpt-lower-to-cpu",
      "Lower a ckpt module (tensors, checkpoints, value_and_grad) to the LLVM "
      "dialect for the host, allocating through the ckpt runtime",
      buildLowerToCPUPipeline);
}
