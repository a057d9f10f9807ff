// SPDX-License-Identifier: MIT
#pragma once

// The test-only side of the stand-in slc.dll: where it keeps its machine, how a test steers it,
// and the extra exports a test uses to watch buffer ownership. Plain C++ (no Windows header).
//
// The stand-in is a real slc.dll replacement: it is copied over system32\slc.dll in a
// throw-away WINEPREFIX and loaded by the unchanged SlcLicensing code. Behind the SL API it runs
// the simulated machine (SimulatedLicensing) kept in the directory named by the environment
// variable below, so it answers exactly as the simulator does: same IIDs, same accepted CIDs,
// same HRESULTs.
//
// Control file `fake-slc.ini` in that directory, read on every call, `key=value` lines:
//   fail.<SLFunction>=0xC004F075   the function fails with that HRESULT
//   elevated=no                    SLInstallProofOfPurchase answers SL_E_LUA_ACCESSDENIED
//   key-goes-to=<activation id>    the next key lands on that SKU ("edition": on the
//                                  non-ESU Windows edition SKU); default: the simulator's
//                                  choice (the first ESU year not licensed yet)

namespace actdesk::fakeslc {

inline constexpr const char* kStateEnv = "ACTDESK_FAKE_SLC_STATE";
inline constexpr const char* kControlFile = "fake-slc.ini";

// The Windows edition SKU every machine has besides the ESU add-ons (a made-up ID).
inline constexpr const char* kEditionSkuId = "e0e0e0e0-7e57-4a11-8000-0000000ed171";
inline constexpr const char* kEditionSkuName = "Windows(R), Professional edition (stand-in)";

// What FakeSlcTest_Counters reports.
struct Counters
{
    long allocations = 0;  // buffers handed out (LocalAlloc)
    long frees = 0;        // of those, released through LocalFree (reported by the test's hook)
    long doubleFrees = 0;  // a buffer released twice
    long outstanding = 0;  // handed out, not released yet
    long openSessions = 0; // SLOpen without SLClose
};

// Exported by the stand-in (not by a real slc.dll); resolve with GetProcAddress.
using IdentityFn = const char* (*)();          // "FakeSlcTest_Identity"
using NoteLocalFreeFn = void (*)(const void*); // "FakeSlcTest_NoteLocalFree"
using CountersFn = void (*)(Counters*);        // "FakeSlcTest_Counters"
using ResetCountersFn = void (*)();            // "FakeSlcTest_ResetCounters"

inline constexpr const char* kIdentity = "actdesk stand-in slc.dll";
inline constexpr const char* kDecoyIdentity = "actdesk DECOY slc.dll (must never be loaded)";

} // namespace actdesk::fakeslc
