//===- Npy.cpp - reading and writing .npy files ---------------------------===//
//
// The header is a Python dict literal such as
//   {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }
// NumPy always writes the three keys; the parser below accepts them in any
// order, with either quote style, and rejects anything else it does not
// understand rather than guessing.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Execution/Npy.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cstring>
#include <optional>

using namespace mlir::ckpt::exec;
using llvm::StringRef;

namespace {

constexpr char kMagic[] = "\x93NUMPY";
constexpr size_t kMagicLen = 6;

struct NpyHeader {
  std::string descr;
  bool fortranOrder = false;
  llvm::SmallVector<int64_t, 4> shape;
};

/// A tiny cursor over the header dict; every `parse*` returns false on
/// malformed input and leaves the message to the caller.
class HeaderParser {
public:
  explicit HeaderParser(StringRef text) : rest(text) {}

  bool parse(NpyHeader &header, std::string &why) {
    bool sawDescr = false, sawOrder = false, sawShape = false;
    if (!consume('{'))
      return fail(why, "header is not a dict");
    while (true) {
      skipSpace();
      if (consume('}'))
        break;
      std::string key;
      if (!parseString(key) || !consume(':'))
        return fail(why, "malformed header dict");
      if (key == "descr") {
        if (!parseString(header.descr))
          return fail(why, "malformed 'descr'");
        sawDescr = true;
      } else if (key == "fortran_order") {
        if (!parseBool(header.fortranOrder))
          return fail(why, "malformed 'fortran_order'");
        sawOrder = true;
      } else if (key == "shape") {
        if (!parseShape(header.shape))
          return fail(why, "malformed 'shape'");
        sawShape = true;
      } else {
        return fail(why, "unexpected header key '" + key + "'");
      }
      skipSpace();
      if (!consume(',')) {
        skipSpace();
        if (!consume('}'))
          return fail(why, "malformed header dict");
        break;
      }
    }
    if (!sawDescr || !sawOrder || !sawShape)
      return fail(why, "header lacks 'descr', 'fortran_order' or 'shape'");
    return true;
  }

private:
  static bool fail(std::string &why, const std::string &msg) {
    why = msg;
    return false;
  }
  void skipSpace() { rest = rest.ltrim(" \t\n\r"); }
  bool consume(char c) {
    skipSpace();
    if (!rest.starts_with(StringRef(&c, 1)))
      return false;
    rest = rest.drop_front();
    return true;
  }
  bool parseString(std::string &out) {
    skipSpace();
    if (rest.empty() || (rest.front() != '\'' && rest.front() != '"'))
      return false;
    char quote = rest.front();
    size_t end = rest.find(quote, 1);
    if (end == StringRef::npos)
      return false;
    out = rest.slice(1, end).str();
    rest = rest.drop_front(end + 1);
    return true;
  }
  bool parseBool(bool &out) {
    skipSpace();
    if (rest.consume_front("True"))
      return out = true, true;
    if (rest.consume_front("False"))
      return out = false, true;
    return false;
  }
  bool parseShape(llvm::SmallVectorImpl<int64_t> &shape) {
    if (!consume('('))
      return false;
    while (true) {
      skipSpace();
      if (consume(')'))
        return true;
      size_t digits = 0;
      while (digits < rest.size() && llvm::isDigit(rest[digits]))
        ++digits;
      int64_t dim;
      if (digits == 0 || digits > 15 ||
          rest.take_front(digits).getAsInteger(10, dim))
        return false;
      shape.push_back(dim);
      rest = rest.drop_front(digits);
      skipSpace();
      if (!consume(',')) {
        return consume(')');
      }
    }
  }

  StringRef rest;
};

std::optional<DType> dtypeFromDescr(StringRef descr) {
  if (descr == "<f4")
    return DType::F32;
  if (descr == "<f8")
    return DType::F64;
  if (descr == "<i8")
    return DType::I64;
  return std::nullopt;
}

StringRef descrFor(DType type) {
  switch (type) {
  case DType::F32:
    return "<f4";
  case DType::F64:
    return "<f8";
  case DType::I64:
    return "<i8";
  }
  return "";
}

llvm::Error npyError(StringRef path, const llvm::Twine &msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "'" + path + "': " + msg);
}

uint32_t readLittleEndian(const char *p, unsigned bytes) {
  uint32_t v = 0;
  for (unsigned i = 0; i < bytes; ++i)
    v |= static_cast<uint32_t>(static_cast<uint8_t>(p[i])) << (8 * i);
  return v;
}

} // namespace

namespace {
/// Reads from an open file, never more than asked: the header is checked
/// before any data is read, and only the bytes the header announces are read,
/// so an endless or huge file (/dev/zero, a pipe) cannot stall or exhaust
/// memory.
class BoundedReader {
public:
  explicit BoundedReader(llvm::sys::fs::file_t file) : file(file) {}

  /// Reads up to `size` bytes into `out`; returns how many were read (fewer
  /// only at end of file).
  llvm::Expected<size_t> read(char *out, size_t size) {
    size_t done = 0;
    while (done < size) {
      // Bounded chunks: readNativeFile takes a size_t, but large single reads
      // are slow to interrupt.
      size_t chunk = std::min<size_t>(size - done, size_t(1) << 26);
      llvm::Expected<size_t> got = llvm::sys::fs::readNativeFile(
          file, llvm::MutableArrayRef<char>(out + done, chunk));
      if (!got)
        return got.takeError();
      if (*got == 0)
        break;
      done += *got;
    }
    return done;
  }

private:
  llvm::sys::fs::file_t file;
};

/// Largest header accepted; NumPy's own headers are well under 1 KiB.
constexpr uint64_t kMaxHeaderLen = 1 << 16;
} // namespace

llvm::Expected<HostArray> mlir::ckpt::exec::readNpy(StringRef path) {
  if (llvm::sys::fs::is_directory(path))
    return npyError(path, "is a directory, expected a .npy file");
  llvm::Expected<llvm::sys::fs::file_t> fileOr =
      llvm::sys::fs::openNativeFileForRead(path);
  if (!fileOr)
    return npyError(path, "cannot read: " +
                              llvm::toString(fileOr.takeError()));
  llvm::sys::fs::file_t file = *fileOr;
  llvm::scope_exit closeFile([&] { llvm::sys::fs::closeFile(file); });
  BoundedReader reader(file);
  auto readError = [&](llvm::Error error) {
    return npyError(path, "cannot read: " + llvm::toString(std::move(error)));
  };

  // Magic, version and the header length.
  char prefixBytes[kMagicLen + 2 + 4];
  auto got = reader.read(prefixBytes, kMagicLen + 2);
  if (!got)
    return readError(got.takeError());
  StringRef magic(prefixBytes, *got);
  if (*got < kMagicLen + 2 || !magic.starts_with(StringRef(kMagic, kMagicLen)))
    return npyError(path, "not a .npy file (bad magic)");
  unsigned major = static_cast<uint8_t>(prefixBytes[kMagicLen]);
  unsigned lenBytes = major == 1 ? 2 : (major == 2 || major == 3) ? 4 : 0;
  if (lenBytes == 0)
    return npyError(path, "unsupported .npy format version " +
                              llvm::Twine(major));
  got = reader.read(prefixBytes + kMagicLen + 2, lenBytes);
  if (!got)
    return readError(got.takeError());
  if (*got < lenBytes)
    return npyError(path, "truncated .npy header");
  uint64_t headerLen = readLittleEndian(prefixBytes + kMagicLen + 2, lenBytes);
  if (headerLen > kMaxHeaderLen)
    return npyError(path, "header of " + llvm::Twine(headerLen) +
                              " bytes is too long (at most " +
                              llvm::Twine(kMaxHeaderLen) + ")");
  std::string headerText(headerLen, '\0');
  got = reader.read(headerText.data(), headerLen);
  if (!got)
    return readError(got.takeError());
  if (*got < headerLen)
    return npyError(path, "truncated .npy header");

  NpyHeader header;
  std::string why;
  HeaderParser parser(headerText);
  if (!parser.parse(header, why))
    return npyError(path, why);

  std::optional<DType> type = dtypeFromDescr(header.descr);
  if (!type)
    return npyError(path, "unsupported dtype '" + header.descr +
                              "', expected one of '<f4' (f32), '<f8' (f64), "
                              "'<i8' (i64)");
  if (header.shape.size() > kMaxRank)
    return npyError(path, "rank " + llvm::Twine(header.shape.size()) +
                              " is not supported (at most " +
                              llvm::Twine(kMaxRank) + ")");
  if (header.fortranOrder && header.shape.size() > 1)
    return npyError(path, "Fortran-ordered arrays are not supported, save "
                          "a C-ordered array");

  // Overflow-checked before it sizes an allocation or a read.
  std::optional<uint64_t> dataBytes = checkedNumBytes(*type, header.shape);
  if (!dataBytes)
    return npyError(path, "shape " + formatShape(header.shape) + " of " +
                              dtypeName(*type) +
                              " is too large (its size in bytes overflows or "
                              "exceeds " + llvm::Twine(kMaxArrayBytes) + ")");
  uint64_t dataStart = kMagicLen + 2 + lenBytes + headerLen;
  auto sizeMismatch = [&](const llvm::Twine &available) {
    return npyError(path, "holds " + available + " data bytes, shape " +
                              formatShape(header.shape) + " of " +
                              dtypeName(*type) + " needs " +
                              llvm::Twine(*dataBytes));
  };
  // A regular file's size is known up front: refuse a wrong one before
  // allocating.
  llvm::sys::fs::file_status status;
  bool regular = !llvm::sys::fs::status(file, status) &&
                 status.type() == llvm::sys::fs::file_type::regular_file;
  if (regular && status.getSize() != dataStart + *dataBytes)
    return sizeMismatch(status.getSize() >= dataStart
                            ? llvm::Twine(status.getSize() - dataStart)
                            : llvm::Twine(0));

  HostArray array(*type, header.shape);
  if (!array.data())
    return npyError(path, "cannot allocate " + llvm::Twine(*dataBytes) +
                              " bytes");
  got = reader.read(static_cast<char *>(array.data()), *dataBytes);
  if (!got)
    return readError(got.takeError());
  if (*got < *dataBytes)
    return sizeMismatch(llvm::Twine(*got));
  // Nothing may follow the data; one byte more is enough to tell (and keeps
  // an endless stream from being read on).
  char extra;
  got = reader.read(&extra, 1);
  if (!got)
    return readError(got.takeError());
  if (*got != 0)
    return sizeMismatch("more than " + llvm::Twine(*dataBytes));
  return std::move(array);
}

llvm::Error mlir::ckpt::exec::writeNpy(StringRef path, const HostArray &array) {
  std::string dict;
  llvm::raw_string_ostream os(dict);
  os << "{'descr': '" << descrFor(array.getDType())
     << "', 'fortran_order': False, 'shape': (";
  for (int64_t dim : array.getShape())
    os << dim << ", ";
  if (!array.getShape().empty())
    dict.resize(dict.size() - (array.getShape().size() == 1 ? 1 : 2));
  os << "), }";
  // Pad with spaces so the data starts 64-byte aligned, ending in '\n'.
  size_t total = kMagicLen + 4 + dict.size() + 1;
  dict.append((64 - total % 64) % 64, ' ');
  dict.push_back('\n');

  std::error_code ec;
  llvm::raw_fd_ostream out(path, ec, llvm::sys::fs::OF_None);
  if (ec)
    return llvm::createStringError(ec, "cannot write '" + path +
                                           "': " + ec.message());
  out.write(kMagic, kMagicLen);
  out << '\x01' << '\x00';
  out << static_cast<char>(dict.size() & 0xff)
      << static_cast<char>((dict.size() >> 8) & 0xff);
  out << dict;
  out.write(static_cast<const char *>(array.data()), array.getNumBytes());
  out.close();
  if (out.has_error()) {
    out.clear_error();
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "cannot write '" + path + "'");
  }
  return llvm::Error::success();
}
