//===- Pipelines.h - ckpt lowering pipelines --------------------*- C++ -*-===//

#ifndef CKPT_PIPELINES_PIPELINES_H
#define CKPT_PIPELINES_PIPELINES_H

#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"

namespace mlir::ckpt {

/// Passes every ckpt pipeline starts with: expand value_and_grad, splice
/// leftover checkpoint regions, clean up.
void buildCkptFrontendPipeline(OpPassManager &pm);

/// The frontend, then tensors to buffers: read-only arguments, one-shot
/// bufferization across functions, ownership-based deallocation with each
/// dealloc right after the buffer's last use. Its output is what the memory
/// analysis reads to predict `peak_bytes` exactly; both lowerings start so.
/// `tensorPasses` (a textual pipeline) runs on tensors right before
/// bufferization: the GPU lowering fuses elementwise ops there.
void buildCkptBufferizePipeline(OpPassManager &pm,
                                StringRef tensorPasses = "");

/// Options of `--ckpt-lower-to-cpu`.
struct LowerToCPUOptions : public PassPipelineOptions<LowerToCPUOptions> {
  PassOptions::Option<bool> blas{
      *this, "blas",
      llvm::cl::desc("Contractions through OpenBLAS (ckpt-linalg-to-blas) "
                     "rather than loops"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> approximateMath{
      *this, "approximate-math",
      llvm::cl::desc("f32 tanh, exp, log and erf as polynomials "
                     "(ckpt-approximate-math) rather than libm calls"),
      llvm::cl::init(true)};
  PassOptions::Option<unsigned> chunkOps{
      *this, "chunk-ops",
      llvm::cl::desc("Split functions into pieces of at most this many ops "
                     "for LLVM (ckpt-split-functions; 0: no splitting)"),
      llvm::cl::init(64)};
  PassOptions::Option<bool> parallel{
      *this, "parallel",
      llvm::cl::desc("Run large outermost loop nests over all threads "
                     "through OpenMP (libomp) rather than on one"),
      llvm::cl::init(true)};
};

/// `--ckpt-lower-to-cpu`: tensors to the LLVM dialect for the host, every
/// heap allocation through the ckpt runtime's counting allocator,
/// contractions through BLAS, large loop nests over OpenMP threads, each
/// loop nest in a function of its own.
void buildLowerToCPUPipeline(OpPassManager &pm,
                             const LowerToCPUOptions &options = {});

void registerCkptPipelines();

/// Options of `--ckpt-lower-to-nvvm`.
struct LowerToNVVMOptions : public PassPipelineOptions<LowerToNVVMOptions> {
  PassOptions::Option<std::string> chip{
      *this, "chip", llvm::cl::desc("GPU architecture (sm_<NN>)"),
      llvm::cl::init("sm_90")};
  PassOptions::Option<std::string> format{
      *this, "format",
      llvm::cl::desc("Kernel binary: fatbin (SASS + PTX), isa (PTX text, "
                     "JIT-compiled at load) or bin (cubin)"),
      llvm::cl::init("fatbin")};
  PassOptions::Option<std::string> toolkit{
      *this, "toolkit",
      llvm::cl::desc("CUDA toolkit root (ptxas, fatbinary, libdevice); "
                     "default: the one ckpt was built with")};
};

/// `--ckpt-lower-to-nvvm`: tensors to NVVM kernels plus host code in the
/// LLVM dialect calling the ckpt CUDA runtime (libckpt_cuda_runtime.so),
/// contractions through cuBLAS, buffers resident in device memory.
void buildLowerToNVVMPipeline(OpPassManager &pm,
                              const LowerToNVVMOptions &options);
void registerLowerToNVVMPipeline();

} // namespace mlir::ckpt

#endif // CKPT_PIPELINES_PIPELINES_H
