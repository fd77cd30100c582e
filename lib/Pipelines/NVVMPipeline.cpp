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

#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;

/// Threads per block along the two innermost parallel dimensions. Tiling
/// uses fixed-size inner loops guarded by scf.if (no-min-max-bounds): with
/// affine.min bounds, convert-parallel-loops-to-gpu cannot derive a static
/// block size when an extent is smaller than the tile and silently leaves
/// the loop on the host.
static constexpr const char *kTileSizes = "16,16";

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

static void addTextual(OpPassManager &pm, StringRef pipeline) {
  if (failed(parsePassPipeline(pipeline, pm)))
    llvm::report_fatal_error("ckpt: malformed built-in NVVM pipeline");
}

void mlir::ckpt::buildLowerToNVVMPipeline(OpPassManager &pm,
                                          const LowerToNVVMOptions &options) {
  pm.addPass(createCkptRecordSignature());
  // Bufferization and frees placed as on the CPU, with elementwise chains
  // fused into one kernel each first.
  buildCkptBufferizePipeline(pm,
                             "inline,func.func(linalg-fuse-elementwise-ops)");
  pm.addPass(createCkptLinalgToCublas());
  pm.addPass(createCkptDeviceResidency());
  pm.addNestedPass<func::FuncOp>(createCkptParallelizeReductions());
  addTextual(pm, llvm::formatv(
                     "func.func(convert-linalg-to-parallel-loops,"
                     "scf-parallel-loop-tiling{{parallel-loop-tile-sizes={0} "
                     "no-min-max-bounds=1},"
                     "gpu-map-parallel-loops,convert-parallel-loops-to-gpu),"
                     "gpu-launch-sink-index-computations,gpu-kernel-outlining,"
                     "lower-affine,canonicalize,cse,"
                     "nvvm-attach-target{{chip={1} O=3},"
                     "gpu.module(convert-scf-to-cf,convert-gpu-to-nvvm,"
                     "canonicalize,cse,reconcile-unrealized-casts),"
                     "gpu-module-to-binary{{format={2} toolkit={3}}",
                     kTileSizes, options.chip.getValue(),
                     options.format.getValue(), toolkitPath(options))
                     .str());
  addTextual(pm, "convert-scf-to-cf,expand-strided-metadata,"
                 "finalize-memref-to-llvm{use-generic-functions=1},"
                 "gpu-to-llvm,convert-to-llvm,canonicalize,cse,"
                 "reconcile-unrealized-casts");
}

void mlir::ckpt::registerLowerToNVVMPipeline() {
  // Registered by hand rather than with PassPipelineRegistration so a bad
  // chip or format is a diagnostic, not an abort in the pipeline parser.
  registerPassPipeline(
      "ckpt-lower-to-nvvm",
      "Lower a ckpt module to GPU kernels (NVVM, fatbin or PTX) and host "
      "code calling the ckpt CUDA runtime",
      [](OpPassManager &pm, StringRef text,
         function_ref<LogicalResult(const Twine &)> errorHandler) {
        LowerToNVVMOptions options;
        if (failed(options.parseFromString(text)))
          return failure();
        StringRef format = options.format.getValue();
        if (format != "fatbin" && format != "isa" && format != "bin")
          return errorHandler("ckpt-lower-to-nvvm: format must be fatbin, "
                              "isa or bin, got '" +
                              format + "'");
        if (!StringRef(options.chip.getValue()).starts_with("sm_"))
          return errorHandler("ckpt-lower-to-nvvm: chip must be sm_<NN>, "
                              "got '" +
                              options.chip.getValue() + "'");
        buildLowerToNVVMPipeline(pm, options);
        return success();
      },
      [](function_ref<void(const detail::PassOptions &)> optHandler) {
        optHandler(LowerToNVVMOptions());
      });
}
