// SPDX-License-Identifier: MIT
#pragma once

// Shared by the tests that save files: the ways a USB stick refuses or loses a write.

#include <QFile>
#include <QString>
#include <algorithm>
#include <csignal>
#include <filesystem>
#include <string>
#include <sys/fsuid.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace actdesk::test {

inline std::vector<std::string> filesIn(const std::filesystem::path& dir)
{
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// Makes `dir` read-only for this thread's file operations, the way a write-protected stick
// is. chmod alone does not stop root (CAP_DAC_OVERRIDE), so as root the thread's
// filesystem uid is also switched to "nobody" (setfsuid: per thread, file access checks
// only, undone in the destructor). reallyReadOnly() proves the technique works.
class ReadOnlyFolder
{
  public:
    explicit ReadOnlyFolder(const std::filesystem::path& dir) : m_dir(dir)
    {
        ::chmod(dir.parent_path().c_str(), 0755);
        ::chmod(dir.c_str(), 0555);
        if (::geteuid() == 0)
            ::setfsuid(65534);
    }
    ~ReadOnlyFolder()
    {
        if (::geteuid() == 0)
            ::setfsuid(0);
        ::chmod(m_dir.c_str(), 0755);
    }
    ReadOnlyFolder(const ReadOnlyFolder&) = delete;
    ReadOnlyFolder& operator=(const ReadOnlyFolder&) = delete;

    bool reallyReadOnly() const
    {
        QFile f(QString::fromStdString((m_dir / "probe").string()));
        if (f.open(QIODevice::WriteOnly)) {
            f.close();
            f.remove();
            return false;
        }
        return true;
    }

  private:
    std::filesystem::path m_dir;
};

// Limits the size of files this process may write, like a stick that is pulled out (or
// fills up) part-way through a write: write() fails with EFBIG past the limit. Works for
// root too.
class FileSizeLimit
{
  public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{bytes, m_old.rlim_max};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

  private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};

} // namespace actdesk::test
