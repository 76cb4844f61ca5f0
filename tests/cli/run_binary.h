// Runs the built consentflow binary for CLI tests: stdout, stderr and exit code.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace consentflow::testing {

struct Run {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// `arguments` is appended to the binary's path as shell words; `stdin_file`, when
// given, is redirected to its standard input.
inline Run run_consentflow(const std::string& arguments, const std::string& stdin_file = "/dev/null") {
  static int counter = 0;
  const std::string base = "/tmp/consentflow_cli_test_" + std::to_string(::getpid()) + "_" +
                           std::to_string(counter++);
  const std::string command = std::string("'") + CONSENTFLOW_BINARY + "' " + arguments + " <'" +
                              stdin_file + "' >'" + base + ".out' 2>'" + base + ".err'";
  const int status = std::system(command.c_str());
  Run run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = slurp(base + ".out");
  run.err = slurp(base + ".err");
  std::remove((base + ".out").c_str());
  std::remove((base + ".err").c_str());
  return run;
}

}  // namespace consentflow::testing
