// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace actdesk::catalog {
// resources/catalog/esu-catalog.ini, compiled in (the .cpp is generated into the build dir).
std::string_view embeddedCatalogText();
} // namespace actdesk::catalog
