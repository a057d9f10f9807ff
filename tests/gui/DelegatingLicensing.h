// SPDX-License-Identifier: MIT
#pragma once

#include "licensing/Licensing.h"

#include <memory>

namespace actdesk::testing {

// A licensing backend that passes every call to another (the simulated machine); tests
// override the one call whose behaviour they change (a slow service, a non-administrator).
class DelegatingLicensing : public licensing::Licensing
{
  public:
    explicit DelegatingLicensing(std::unique_ptr<licensing::Licensing> inner) : m_inner(std::move(inner)) {}

    bool isSimulation() const override { return m_inner->isSimulation(); }
    Result<licensing::MachineInfo, licensing::LicensingError> machine() override { return m_inner->machine(); }
    bool mayInstallProductKeys() const override { return m_inner->mayInstallProductKeys(); }
    Result<std::vector<licensing::SkuState>, licensing::LicensingError> esuSkus() override
    {
        return m_inner->esuSkus();
    }
    Result<licensing::KeyInstallResult, licensing::LicensingError>
    installProductKey(const ids::ProductKey& key, const std::optional<ids::ActivationId>& sku) override
    {
        return m_inner->installProductKey(key, sku);
    }
    Result<ids::InstallationId, licensing::LicensingError> generateInstallationId(const ids::ActivationId& sku) override
    {
        return m_inner->generateInstallationId(sku);
    }
    Result<void, licensing::LicensingError> depositConfirmationId(const ids::ActivationId& sku,
                                                                  const ids::InstallationId& iid,
                                                                  const std::string& cid) override
    {
        return m_inner->depositConfirmationId(sku, iid, cid);
    }
    Result<licensing::LicenseStatus, licensing::LicensingError> licenseStatus(const ids::ActivationId& sku) override
    {
        return m_inner->licenseStatus(sku);
    }

  private:
    std::unique_ptr<licensing::Licensing> m_inner;
};

} // namespace actdesk::testing
