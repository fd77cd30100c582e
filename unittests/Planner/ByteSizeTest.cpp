//===- ByteSizeTest.cpp - byte counts written with a unit -----------------===//

#include "ckpt/Planner/ByteSize.h"

#include "gtest/gtest.h"

using namespace mlir::ckpt::planner;

namespace {

int64_t bytes(llvm::StringRef text) {
  llvm::Expected<int64_t> value = parseByteSize(text);
  if (!value) {
    llvm::consumeError(value.takeError());
    return -1;
  }
  return *value;
}

TEST(ByteSizeTest, Units) {
  EXPECT_EQ(bytes("0"), 0);
  EXPECT_EQ(bytes("1234"), 1234);
  EXPECT_EQ(bytes("12B"), 12);
  EXPECT_EQ(bytes("1.5KB"), 1500);
  EXPECT_EQ(bytes("2 MB"), 2000000);
  EXPECT_EQ(bytes("3GB"), 3000000000);
  EXPECT_EQ(bytes("1KiB"), 1024);
  EXPECT_EQ(bytes("1.5MiB"), 1572864);
  EXPECT_EQ(bytes("2GiB"), 2147483648);
}

TEST(ByteSizeTest, Errors) {
  EXPECT_EQ(bytes(""), -1);
  EXPECT_EQ(bytes("-5"), -1);
  EXPECT_EQ(bytes("MB"), -1);
  EXPECT_EQ(bytes("5 TB"), -1);
  EXPECT_EQ(bytes("1e30"), -1);
  EXPECT_EQ(bytes("99999999999GB"), -1);
  llvm::Expected<int64_t> value = parseByteSize("5 TB");
  ASSERT_FALSE(bool(value));
  EXPECT_EQ(llvm::toString(value.takeError()),
            "unknown size suffix 'TB' in '5 TB': expected B, KB, MB, GB, "
            "KiB, MiB or GiB");
}

} // namespace
