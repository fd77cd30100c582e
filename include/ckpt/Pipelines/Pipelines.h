//===- Pipelines.h - ckpt lowering pipelines --------------------*- C++ -*-===//

#ifndef CKPT_PIPELINES_PIPELINES_H
#define CKPT_PIPELINES_PIPELINES_H

#include "ckpt/Pipelines/FrontendPipelines.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"

namespace mlir::ckpt {

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
      llvm::cl::desc("Run large outermost loop nests over the runtime's "
                     "threads through OpenMP (libomp) rather than on one "
                     "(off: measured slower on 2 cores, docs/CPU.md)"),
      llvm::cl::init(false)};
  PassOptions::Option<uint64_t> parallelMinIterations{
      *this, "parallel-min-iterations",
      llvm::cl::desc("Fewest innermost iterations for which a loop nest runs "
                     "over threads (ckpt-serialize-parallel-loops)"),
      llvm::cl::init(16384)};
};

/// `--ckpt-lower-to-cpu`: tensors to the LLVM dialect for the host, every
/// heap allocation through the ckpt runtime's counting allocator,
/// contractions through BLAS, each loop nest in a function of its own
/// (and, with `parallel`, large ones over OpenMP threads).
void buildLowerToCPUPipeline(OpPassManager &pm,
                             const LowerToCPUOptions &options = {});

void registerCkptPipelines();

/// How `--ckpt-lower-to-nvvm` embeds kernels (gpu-module-to-binary's
/// `format`).
enum class KernelFormat { Fatbin, Isa, Bin };

/// Parses `chip=`: an NVIDIA architecture, sm_<NN> with an optional suffix
/// (sm_90a). Anything else is a one-line option error, not a ptxas failure
/// at run time.
struct ChipParser : public llvm::cl::parser<std::string> {
  using llvm::cl::parser<std::string>::parser;
  bool parse(llvm::cl::Option &option, StringRef argName, StringRef arg,
             std::string &value);
};

/// Options of `--ckpt-lower-to-nvvm`.
struct LowerToNVVMOptions : public PassPipelineOptions<LowerToNVVMOptions> {
  PassOptions::Option<std::string, ChipParser> chip{
      *this, "chip", llvm::cl::desc("GPU architecture (sm_<NN>)"),
      llvm::cl::init("sm_90")};
  PassOptions::Option<KernelFormat> format{
      *this, "format", llvm::cl::desc("How kernels are embedded"),
      llvm::cl::init(KernelFormat::Fatbin),
      llvm::cl::values(
          clEnumValN(KernelFormat::Fatbin, "fatbin", "SASS + PTX"),
          clEnumValN(KernelFormat::Isa, "isa",
                     "PTX text, JIT-compiled at load"),
          clEnumValN(KernelFormat::Bin, "bin", "cubin"))};
  PassOptions::Option<std::string> toolkit{
      *this, "toolkit",
      llvm::cl::desc("CUDA toolkit root (ptxas, fatbinary, libdevice); "
                     "default: the one ckpt was built with")};
};

/// `--ckpt-lower-to-nvvm`: tensors to NVVM kernels plus host code in the
/// LLVM dialect calling the ckpt CUDA runtime (libckpt_cuda_runtime.so),
/// contractions through cuBLAS, buffers resident in device memory.
void buildLowerToNVVMPipeline(OpPassManager &pm,
                              const LowerToNVVMOptions &options = {});
void registerLowerToNVVMPipeline();

} // namespace mlir::ckpt

#endif // CKPT_PIPELINES_PIPELINES_H
