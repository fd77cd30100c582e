//===- CPUPipeline.cpp - --ckpt-lower-to-cpu ------------------------------===//

#include "ckpt/Conversion/Passes.h"
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"
#include "ckpt/Pipelines/Pipelines.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

/// Adds a textual pipeline; the built-in ones are checked by the tests, so a
/// parse failure is a bug in ckpt, not in the user's input.
static void addTextual(OpPassManager &pm, StringRef pipeline) {
  if (failed(parsePassPipeline(pipeline, pm)))
    llvm::report_fatal_error("ckpt: malformed built-in pipeline");
}

void mlir::ckpt::buildCkptFrontendPipeline(OpPassManager &pm) {
  pm.addPass(createCkptAutodiff());
  pm.addPass(createCkptInlineCheckpoints());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}

void mlir::ckpt::buildCkptBufferizePipeline(OpPassManager &pm,
                                             StringRef tensorPasses) {
  buildCkptFrontendPipeline(pm);
  pm.addPass(createCkptProtectArguments());
  addTextual(pm, "func.func(convert-elementwise-to-linalg)");
  // Fusion before untying, so that each remaining fill is made right before
  // its one user; in-place writes last, on the final producers.
  pm.addPass(createCkptFuseElementwise());
  pm.addPass(createCkptUntieInits());
  pm.addPass(createCkptReuseDeadInputs());
  if (!tensorPasses.empty())
    addTextual(pm, tensorPasses);
  addTextual(pm,
             "one-shot-bufferize{bufferize-function-boundaries "
             "function-boundary-type-conversion=identity-layout-map},"
             // buffer-deallocation-pipeline, opened up so that deallocs
             // are split and hoisted before they are lowered.
             "expand-realloc{emit-deallocs=false},canonicalize,"
             "ownership-based-buffer-deallocation,canonicalize");
  // Placing the buffers it can first leaves the simplification, whose cost
  // grows with listed buffers times retained values, almost nothing to do.
  pm.addPass(createCkptHoistDeallocs());
  addTextual(pm, "buffer-deallocation-simplification");
  pm.addPass(createCkptHoistDeallocs());
  addTextual(pm, "bufferization-lower-deallocations,cse,canonicalize,"
                 "convert-bufferization-to-memref");
}

void mlir::ckpt::buildLowerToCPUPipeline(OpPassManager &pm,
                                          const LowerToCPUOptions &options) {
  pm.addPass(createCkptRecordSignature());
  buildCkptBufferizePipeline(pm);
  if (options.blas)
    pm.addPass(createCkptLinalgToBlas());
  if (options.parallel)
    addTextual(pm, "func.func(convert-linalg-to-parallel-loops)");
  else
    addTextual(pm, "func.func(convert-linalg-to-loops)");
  if (options.approximateMath)
    pm.addPass(createCkptApproximateMath());
  if (options.parallel)
    pm.addPass(createCkptSerializeParallelLoops());
  if (options.chunkOps) {
    CkptSplitFunctionsOptions split;
    split.chunkOps = options.chunkOps;
    pm.addPass(createCkptSplitFunctions(split));
  }
  // After splitting, so that each thread team forks inside a small
  // function of its own.
  // The canonicalizer then inlines the memref.alloca_scope each loop body
  // gets (there are no allocas in it), which must go before scf-to-cf
  // leaves the body more than one block.
  if (options.parallel)
    addTextual(pm, "convert-scf-to-openmp,canonicalize");
  addTextual(pm, "lower-affine,"
                 "convert-scf-to-cf,convert-math-to-llvm,convert-math-to-libm,"
                 "expand-strided-metadata,"
                 "finalize-memref-to-llvm{use-generic-functions=1 use-aligned-alloc=1},"
                 "convert-to-llvm,reconcile-unrealized-casts");
}

void mlir::ckpt::registerCkptPipelines() {
  PassPipelineRegistration<LowerToCPUOptions>(
      "ckpt-lower-to-cpu",
      "Lower a ckpt module (tensors, checkpoints, value_and_grad) to the LLVM "
      "dialect for the host, allocating through the ckpt runtime",
      [](OpPassManager &pm, const LowerToCPUOptions &options) {
        buildLowerToCPUPipeline(pm, options);
      });
}
