//===- CudaRuntime.cpp - mgpu* modules, launches, streams, events ---------===//
//
// The entry points MLIR 22's gpu-to-llvm host code calls, on the CUDA driver
// API. Streams are one cached stream (the host code creates and destroys one
// around every launch); kernel handles are cached per (module, name).
//
//===----------------------------------------------------------------------===//

#include "ckpt/Runtime/CudaRuntime.h"

#include "CudaDriver.h"

#include <map>
#include <mutex>
#include <string>
#include <utility>

using namespace mlir::ckpt::cuda;

namespace {
std::mutex functionsMutex;
std::map<std::pair<CUmodule, std::string>, CUfunction> &functions() {
  static std::map<std::pair<CUmodule, std::string>, CUfunction> cache;
  return cache;
}
CUstream asStream(void *s) { return s ? static_cast<CUstream>(s) : stream(); }
} // namespace

extern "C" {

void *mgpuModuleLoad(void *data, uint64_t /*size*/) {
  CUmodule module = nullptr;
  CKPT_CU(api().cuModuleLoadData(&module, data));
  return module;
}

void *mgpuModuleLoadJIT(void *ptx, int32_t optLevel) {
  char log[8192] = {0};
  CUjit_option options[] = {CU_JIT_OPTIMIZATION_LEVEL, CU_JIT_ERROR_LOG_BUFFER,
                            CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES};
  void *values[] = {reinterpret_cast<void *>(static_cast<intptr_t>(optLevel)),
                    log, reinterpret_cast<void *>(sizeof(log))};
  CUmodule module = nullptr;
  CUresult r = api().cuModuleLoadDataEx(&module, ptx, 3, options, values);
  if (r != CUDA_SUCCESS) {
    if (log[0])
      failMessage((std::string("PTX JIT failed: ") + log).c_str());
    fail("cuModuleLoadDataEx", r);
  }
  return module;
}

void mgpuModuleUnload(void *module) {
  {
    std::lock_guard<std::mutex> lock(functionsMutex);
    auto &cache = functions();
    for (auto it = cache.begin(); it != cache.end();)
      it = it->first.first == module ? cache.erase(it) : std::next(it);
  }
  CKPT_CU(api().cuModuleUnload(static_cast<CUmodule>(module)));
}

void *mgpuModuleGetFunction(void *module, const char *name) {
  std::lock_guard<std::mutex> lock(functionsMutex);
  CUfunction &f = functions()[{static_cast<CUmodule>(module), name}];
  if (!f)
    CKPT_CU(api().cuModuleGetFunction(&f, static_cast<CUmodule>(module), name));
  return f;
}

void mgpuLaunchKernel(void *function, intptr_t gridX, intptr_t gridY,
                      intptr_t gridZ, intptr_t blockX, intptr_t blockY,
                      intptr_t blockZ, int32_t smem, void *s, void **params,
                      void **extra, size_t /*paramsCount*/) {
  CKPT_CU(api().cuLaunchKernel(static_cast<CUfunction>(function), gridX, gridY,
                               gridZ, blockX, blockY, blockZ, smem,
                               asStream(s), params, extra));
}

void mgpuLaunchClusterKernel(void *function, intptr_t clusterX,
                             intptr_t clusterY, intptr_t clusterZ,
                             intptr_t gridX, intptr_t gridY, intptr_t gridZ,
                             intptr_t blockX, intptr_t blockY, intptr_t blockZ,
                             int32_t smem, void *s, void **params,
                             void **extra, size_t /*paramsCount*/) {
  CUlaunchAttribute attribute = {};
  attribute.id = CU_LAUNCH_ATTRIBUTE_CLUSTER_DIMENSION;
  attribute.value.clusterDim.x = clusterX;
  attribute.value.clusterDim.y = clusterY;
  attribute.value.clusterDim.z = clusterZ;
  CUlaunchConfig config = {};
  config.gridDimX = gridX;
  config.gridDimY = gridY;
  config.gridDimZ = gridZ;
  config.blockDimX = blockX;
  config.blockDimY = blockY;
  config.blockDimZ = blockZ;
  config.sharedMemBytes = smem;
  config.hStream = asStream(s);
  config.attrs = &attribute;
  config.numAttrs = 1;
  CKPT_CU(api().cuLaunchKernelEx(&config, static_cast<CUfunction>(function),
                                 params, extra));
}

void *mgpuStreamCreate(void) { return stream(); }

void mgpuStreamDestroy(void * /*stream*/) {
  // The stream is shared and lives as long as the process.
}

void mgpuStreamSynchronize(void *s) {
  CKPT_CU(api().cuStreamSynchronize(asStream(s)));
}

void mgpuStreamWaitEvent(void *s, void *event) {
  CKPT_CU(api().cuStreamWaitEvent(asStream(s), static_cast<CUevent>(event),
                                  0));
}

void *mgpuEventCreate(void) {
  CUevent event = nullptr;
  CKPT_CU(api().cuEventCreate(&event, CU_EVENT_DISABLE_TIMING));
  return event;
}

void mgpuEventDestroy(void *event) {
  CKPT_CU(api().cuEventDestroy(static_cast<CUevent>(event)));
}

void mgpuEventSynchronize(void *event) {
  CKPT_CU(api().cuEventSynchronize(static_cast<CUevent>(event)));
}

void mgpuEventRecord(void *event, void *s) {
  CKPT_CU(api().cuEventRecord(static_cast<CUevent>(event), asStream(s)));
}

void mgpuSetDefaultDevice(int32_t device) { setDefaultDevice(device); }

} // extern "C"
