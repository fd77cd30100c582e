//===- CPUPipeline.cpp - --ckpt-lower-to-cpu ------------------------------===//

#include "ckpt/Conversion/Passes.h"
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"
#include "ckpt/Pipelines/Pipelines.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

void mlir::ckpt::buildLowerToCPUPipeline(OpPassManager &pm,
                                          const LowerToCPUOptions &options) {
  pm.addPass(createCkptRecordSignature());
  buildCkptBufferizePipeline(pm);
  if (options.blas)
    pm.addPass(createCkptLinalgToBlas());
  if (options.parallel)
    pm.addNestedPass<func::FuncOp>(createConvertLinalgToParallelLoopsPass());
  else
    pm.addNestedPass<func::FuncOp>(createConvertLinalgToLoopsPass());
  if (options.approximateMath)
    pm.addPass(createCkptApproximateMath());
  if (options.parallel)
    pm.addPass(createCkptSerializeParallelLoops(
        {/*minIterations=*/options.parallelMinIterations}));
  if (options.chunkOps) {
    CkptSplitFunctionsOptions split;
    split.chunkOps = options.chunkOps;
    pm.addPass(createCkptSplitFunctions(split));
  }
  // After splitting, so that each thread team forks inside a small
  // function of its own. The canonicalizer then inlines the
  // memref.alloca_scope each loop body gets (there are no allocas in it),
  // which must go before scf-to-cf leaves the body more than one block.
  if (options.parallel) {
    pm.addPass(createConvertSCFToOpenMPPass());
    pm.addPass(createCanonicalizerPass());
  }
  pm.addPass(createLowerAffinePass());
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createConvertMathToLibmPass());
  pm.addPass(memref::createExpandStridedMetadataPass());
  // Views with dynamic offsets (micro-batch slices) leave affine.apply.
  pm.addPass(createLowerAffinePass());
  // Every heap buffer through the ckpt runtime's counting allocator.
  FinalizeMemRefToLLVMConversionPassOptions memrefToLLVM;
  memrefToLLVM.useGenericFunctions = true;
  memrefToLLVM.useAlignedAlloc = true;
  pm.addPass(createFinalizeMemRefToLLVMConversionPass(memrefToLLVM));
  pm.addPass(createConvertToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
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
