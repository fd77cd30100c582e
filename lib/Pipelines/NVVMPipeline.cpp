//===- NVVMPipeline.cpp - --ckpt-lower-to-nvvm ----------------------------===//
//
// Tensors to GPU kernels (NVVM, embedded as fatbin or PTX) plus host code in
// the LLVM dialect that calls the ckpt CUDA runtime. docs/GPU.md explains
// each stage; the stages are, in order:
//   1. the CPU pipeline's front and pre-bufferization steps, plus fusion of
//      elementwise linalg ops (fewer kernels, fewer intermediates);
//   2. bufferization with ownership-based deallocation;
//   3. contractions to cuBLAS, device residency of buffers, reductions
//      spread over threads with atomics;
//   4. linalg to parallel loops tiled into blocks x threads, outlining,
//      NVVM, serialization;
//   5. host code to LLVM, allocations through the ckpt runtimes.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Conversion/Passes.h"
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"
#include "ckpt/Pipelines/Pipelines.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Dialect/SCF/Transforms/Passes.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

/// Threads per block along the two innermost parallel dimensions. Tiling
/// uses fixed-size inner loops guarded by scf.if (no-min-max-bounds): with
/// affine.min bounds, convert-parallel-loops-to-gpu cannot derive a static
/// block size when an extent is smaller than the tile and silently leaves
/// the loop on the host.
static constexpr int64_t kTileSizes[] = {16, 16};

/// The CUDA toolkit gpu-module-to-binary takes ptxas, fatbinary and
/// libdevice from. Without one, MLIR searches $PATH and CUDA_HOME-style
/// variables; when that fails under a bare environment (lit), math calls stay
/// unresolved `__nv_*` externs and ptxas rejects the module.
static std::string toolkitPath(const ckpt::LowerToNVVMOptions &options) {
  if (!options.toolkit.empty())
    return options.toolkit;
#ifdef CKPT_CUDA_TOOLKIT_DIR
  return CKPT_CUDA_TOOLKIT_DIR;
#else
  return "";
#endif
}

static StringRef formatName(ckpt::KernelFormat format) {
  switch (format) {
  case ckpt::KernelFormat::Fatbin:
    return "fatbin";
  case ckpt::KernelFormat::Isa:
    return "isa";
  case ckpt::KernelFormat::Bin:
    return "bin";
  }
  llvm_unreachable("unknown kernel format");
}

bool mlir::ckpt::ChipParser::parse(llvm::cl::Option &option, StringRef argName,
                                   StringRef arg, std::string &value) {
  StringRef digits = arg;
  if (!digits.consume_front("sm_") || digits.empty() ||
      !llvm::isDigit(digits.front()))
    return option.error("chip must be sm_<NN>, got '" + arg + "'", argName);
  value = arg.str();
  return false;
}

void mlir::ckpt::buildLowerToNVVMPipeline(OpPassManager &pm,
                                          const LowerToNVVMOptions &options) {
  pm.addPass(createCkptRecordSignature());
  // Bufferization and frees placed as on the CPU, with elementwise chains
  // fused into one kernel each first.
  buildCkptBufferizePipeline(pm, [](OpPassManager &tensors) {
    tensors.addPass(createInlinerPass());
    tensors.addNestedPass<func::FuncOp>(createLinalgElementwiseOpFusionPass());
  });
  pm.addPass(createCkptLinalgToCublas());
  pm.addPass(createCkptDeviceResidency());
  pm.addNestedPass<func::FuncOp>(createCkptParallelizeReductions());

  // Linalg to parallel loops tiled into blocks x threads, then kernels.
  OpPassManager &funcs = pm.nest<func::FuncOp>();
  funcs.addPass(createConvertLinalgToParallelLoopsPass());
  funcs.addPass(createParallelLoopTilingPass(kTileSizes,
                                             /*noMinMaxBounds=*/true));
  funcs.addPass(createGpuMapParallelLoopsPass());
  funcs.addPass(createConvertParallelLoopToGpuPass());
  pm.addPass(createGpuLaunchSinkIndexComputationsPass());
  pm.addPass(createGpuKernelOutliningPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());

  GpuNVVMAttachTargetOptions target;
  target.chip = options.chip;
  target.optLevel = 3;
  pm.addPass(createGpuNVVMAttachTarget(target));
  OpPassManager &kernels = pm.nest<gpu::GPUModuleOp>();
  kernels.addPass(createSCFToControlFlowPass());
  kernels.addPass(createConvertGpuOpsToNVVMOps());
  kernels.addPass(createCanonicalizerPass());
  kernels.addPass(createCSEPass());
  kernels.addPass(createReconcileUnrealizedCastsPass());
  GpuModuleToBinaryPassOptions binary;
  binary.compilationTarget = formatName(options.format).str();
  binary.toolkitPath = toolkitPath(options);
  pm.addPass(createGpuModuleToBinaryPass(binary));

  // Host code: allocations through the ckpt runtimes.
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(memref::createExpandStridedMetadataPass());
  // Views with dynamic offsets (micro-batch slices) leave affine.apply.
  pm.addPass(createLowerAffinePass());
  FinalizeMemRefToLLVMConversionPassOptions memrefToLLVM;
  memrefToLLVM.useGenericFunctions = true;
  pm.addPass(createFinalizeMemRefToLLVMConversionPass(memrefToLLVM));
  pm.addPass(createGpuToLLVMConversionPass());
  pm.addPass(createConvertToLLVMPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
}

void mlir::ckpt::registerLowerToNVVMPipeline() {
  PassPipelineRegistration<LowerToNVVMOptions>(
      "ckpt-lower-to-nvvm",
      "Lower a ckpt module to GPU kernels (NVVM, fatbin or PTX) and host "
      "code calling the ckpt CUDA runtime",
      [](OpPassManager &pm, const LowerToNVVMOptions &options) {
        buildLowerToNVVMPipeline(pm, options);
      });
}
