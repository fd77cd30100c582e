//===- Inputs.cpp - the entry's arguments: from .npy files or a seed ------===//

#include "ckpt/Execution/Inputs.h"
#include "ckpt/Execution/Npy.h"

#include <cmath>
#include <optional>

using namespace mlir::ckpt::exec;

static llvm::Error inputError(const llvm::Twine &msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), msg);
}

llvm::Expected<std::vector<HostArray>>
mlir::ckpt::exec::readInputs(llvm::ArrayRef<std::string> paths) {
  std::vector<HostArray> inputs;
  for (const std::string &path : paths) {
    auto array = readNpy(path);
    if (!array)
      return array.takeError();
    inputs.push_back(std::move(*array));
  }
  return inputs;
}

llvm::Error mlir::ckpt::exec::checkInputs(llvm::ArrayRef<HostArray> inputs,
                                         llvm::ArrayRef<std::string> paths,
                                         const EntrySignature &signature,
                                         llvm::StringRef entry) {
  if (inputs.size() != signature.args.size())
    return inputError("entry '" + entry + "' takes " +
                      llvm::Twine(signature.args.size()) +
                      " argument(s) but " + llvm::Twine(inputs.size()) +
                      " --input file(s) were given");
  for (auto [i, input, arg] : llvm::enumerate(inputs, signature.args)) {
    bool shapeOk = arg.isScalar ? input.getShape().empty()
                                : input.getShape() == llvm::ArrayRef(arg.shape);
    if (shapeOk && input.getDType() == arg.dtype)
      continue;
    std::string got =
        dtypeName(input.getDType()).str() + formatShape(input.getShape());
    std::string expected = arg.isScalar ? dtypeName(arg.dtype).str() +
                                              "[] (a rank-0 array for a scalar)"
                                        : arg.str();
    return inputError("'" + paths[i] + "' holds " + got + " but argument #" +
                      llvm::Twine(i) + " of '" + entry + "' expects " +
                      expected);
  }
  return llvm::Error::success();
}

namespace {
class SplitMix64 {
public:
  explicit SplitMix64(uint64_t seed) : state(seed) {}
  uint64_t next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  /// Uniform in [-1, 1) with 24 significant bits.
  double nextSigned() {
    return static_cast<double>(next() >> 40) * 0x1p-24 * 2.0 - 1.0;
  }

private:
  uint64_t state;
};
} // namespace

llvm::Expected<std::vector<HostArray>>
mlir::ckpt::exec::generateInputs(const EntrySignature &signature,
                                uint64_t seed) {
  SplitMix64 rng(seed);
  std::vector<HostArray> inputs;
  for (auto [index, arg] : llvm::enumerate(signature.args)) {
    llvm::ArrayRef<int64_t> shape =
        arg.isScalar ? llvm::ArrayRef<int64_t>() : llvm::ArrayRef(arg.shape);
    // Sizes are checked before anything is allocated or written: a byte
    // count that wraps would otherwise size a too-small buffer.
    std::optional<uint64_t> bytes = checkedNumBytes(arg.dtype, shape);
    if (!bytes)
      return inputError("cannot generate --seed input for argument #" +
                        llvm::Twine(index) + " of type " + arg.str() +
                        ": its size in bytes overflows or exceeds the limit "
                        "of " + llvm::Twine(kMaxArrayBytes) + " bytes");
    HostArray array(arg.dtype, shape);
    if (!array.data())
      return inputError("cannot allocate " + llvm::Twine(*bytes) +
                        " bytes for --seed input argument #" +
                        llvm::Twine(index) + " of type " + arg.str());
    for (int64_t i = 0, e = array.getNumElements(); i < e; ++i) {
      double x = rng.nextSigned();
      switch (arg.dtype) {
      case DType::F32:
        static_cast<float *>(array.data())[i] = static_cast<float>(x);
        break;
      case DType::F64:
        static_cast<double *>(array.data())[i] = x;
        break;
      case DType::I64:
        static_cast<int64_t *>(array.data())[i] =
            static_cast<int64_t>(std::floor(x));
        break;
      }
    }
    inputs.push_back(std::move(array));
  }
  return inputs;
}
