// Result<T>: a value or an Error. Library code returns these; only main turns an
// error into a message and an exit code.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace consentflow {

struct Error {
  Error(std::string what_happened, std::string location = {})  // NOLINT: implicit by design
      : what(std::move(what_happened)), where(std::move(location)) {}

  std::string what;   // one line, human readable
  std::string where;  // "file", "file:line:column", or empty
};

// "where: what", the one line main prints.
inline std::string describe(const Error& error) {
  return error.where.empty() ? error.what : error.where + ": " + error.what;
}

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const { return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

// For operations that produce nothing but may fail.
struct Ok {};
using Status = Result<Ok>;

}  // namespace consentflow
