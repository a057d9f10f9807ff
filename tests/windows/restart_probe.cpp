// SPDX-License-Identifier: MIT
// Helper for the restartElevated test (a program of its own, because restartElevated starts
// the *current* program again):
//   restart_probe parent MARKER ARGS...  calls restartElevated({"child", MARKER, ARGS...})
//   restart_probe child MARKER ARGS...   writes ARGS, one per line, to MARKER (via a rename,
//                                        so the test never reads half a file)
#include "licensing/windows/WindowsProcess.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

int wmain(int argc, wchar_t** argv)
{
    using actdesk::platform::narrow;
    if (argc < 3)
        return 2;
    const std::wstring role = argv[1];
    const std::filesystem::path marker = argv[2];
    if (role == L"child") {
        auto tmp = marker;
        tmp += L".tmp";
        {
            std::ofstream out(tmp, std::ios::binary);
            for (int i = 3; i < argc; ++i)
                out << narrow(argv[i]) << '\n';
        }
        std::filesystem::rename(tmp, marker);
        return 0;
    }
    std::vector<std::string> args{"child", narrow(argv[2])};
    for (int i = 3; i < argc; ++i)
        args.push_back(narrow(argv[i]));
    if (auto error = actdesk::platform::restartElevated(args)) {
        std::fprintf(stderr, "%s\n", error->c_str());
        return 1;
    }
    return 0;
}
