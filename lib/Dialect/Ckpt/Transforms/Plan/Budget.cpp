//===- Budget.cpp - memory budget strings ---------------------------------===//

#include "Budget.h"

#include "ckpt/Planner/ByteSize.h"

#include "llvm/Support/Error.h"

using namespace mlir;

FailureOr<int64_t> mlir::ckpt::parseByteSize(StringRef text,
                                             std::string &error) {
  llvm::Expected<int64_t> bytes = planner::parseByteSize(text);
  if (!bytes) {
    error = llvm::toString(bytes.takeError());
    return failure();
  }
  return *bytes;
}
