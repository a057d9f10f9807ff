// SPDX-License-Identifier: MIT
// Run with WINEDLLOVERRIDES=slc=b (see CMakeLists.txt): Wine's own slc.dll is loaded, whose
// SLGetSLIDList and friends abort the process. The backend must refuse it up front.
#include "licensing/windows/SlcLicensing.h"

#include <cstring>
#include <gtest/gtest.h>
#include <windows.h>

using namespace actdesk::licensing;

TEST(WineBuiltinSlc, IsRefusedBeforeAnyStubCanBeCalled)
{
    // Premise: with this override the loader hands out Wine's built-in module.
    HMODULE slc = LoadLibraryExW(L"slc.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
    ASSERT_NE(slc, nullptr);
    ASSERT_EQ(std::memcmp(reinterpret_cast<const char*>(slc) + 0x40, "Wine builtin DLL", 16), 0)
        << "run this test with WINEDLLOVERRIDES=slc=b";
    FreeLibrary(slc);

    auto backend = SlcLicensing::open();
    ASSERT_FALSE(backend.ok());
    EXPECT_TRUE(backend.error().is(SlError::BackendUnavailable));
    EXPECT_NE(backend.error().detail.find("Wine"), std::string::npos) << backend.error().detail;
}
