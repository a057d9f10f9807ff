// SPDX-License-Identifier: MIT
// The compiled translations (.qm) are embedded into this library as Qt resources at
// :/i18n/activationdesk_<lang>.qm. This file only gives the library something to compile.
namespace actdesk::translations {
int anchor()
{
    return 0;
}
} // namespace actdesk::translations
