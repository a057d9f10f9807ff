// SPDX-License-Identifier: MIT
#pragma once

// Shared by the Windows backend tests (run under Wine): the simulated machine the stand-in
// slc.dll serves, its control file, the LocalFree spy and a child-process runner.

#include "../fake_slc/FakeSlcControl.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "licensing/SimulatedLicensing.h"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace actdesk::wintest {

// ESU SKUs of the catalog for one OS, named as Windows names them ("Client-ESU-Year1").
std::vector<licensing::SimulatedSkuDefinition> esuSkusFor(const catalog::Catalog& catalog, OsFamily os);

struct MachineOptions
{
    OsFamily os = OsFamily::Windows7;
    bool prerequisitesInstalled = true;
    // Replaces the first SKU's name (to check non-ASCII text through the UTF-16 API).
    std::string firstSkuName;
};

// A simulated machine in a fresh temporary directory, announced to the stand-in slc.dll through
// ACTDESK_FAKE_SLC_STATE (inherited by child processes). Removed, and the variable cleared, at
// the end of the test.
class FakeMachine
{
  public:
    explicit FakeMachine(const MachineOptions& options = {});
    ~FakeMachine();
    FakeMachine(const FakeMachine&) = delete;
    FakeMachine& operator=(const FakeMachine&) = delete;

    const std::filesystem::path& dir() const { return m_dir; }
    // Writes the stand-in's control file (see FakeSlcControl.h); replaces the previous one.
    void control(const std::map<std::string, std::string>& settings) const;
    // The simulator's own view of the same machine, read fresh from disk.
    std::unique_ptr<licensing::SimulatedLicensing> simulator() const;
    ids::ActivationId year(int y) const; // the catalog's ID for this OS and ESU year

  private:
    std::filesystem::path m_dir;
    OsFamily m_os;
};

const catalog::Catalog& builtInCatalog();
const Clock& testClock();

// LocalFree calls made by this executable (SlcLicensing is linked into it) are reported to the
// stand-in, which counts the buffers it handed out. Installs the hook on first use.
void installLocalFreeSpy();
fakeslc::Counters fakeCounters(); // zeros when the stand-in is not loaded
void resetFakeCounters();

// The directory of the running test executable (where actdesk-win.exe and the decoy are).
std::filesystem::path programDirectory();
std::filesystem::path systemDirectory();

struct ProcessResult
{
    unsigned long exitCode = 0;
    std::string out;
    std::string err;
};
// Runs a program with arguments (quoted for CommandLineToArgvW) and `input` on its standard input.
ProcessResult runProgram(const std::filesystem::path& exe, const std::vector<std::string>& args,
                         const std::string& input = {});

} // namespace actdesk::wintest
