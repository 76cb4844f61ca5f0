// The pipl pack: every PIPL / 认定方法 / GB/T 35273 check of a privacy policy.
#include "checks/pipl/children_without_guardian_consent.h"
#include "checks/pipl/no_account_cancellation.h"
#include "checks/pipl/no_complaint_channel.h"
#include "checks/pipl/no_contact_channel.h"
#include "checks/pipl/no_retention_period.h"
#include "checks/pipl/no_withdrawal.h"
#include "checks/pipl/public_disclosure_without_separate_consent.h"
#include "checks/pipl/recipient_details_missing.h"
#include "checks/pipl/rights_missing.h"
#include "checks/pipl/sharing_without_separate_consent.h"
#include "checks/registry.h"

namespace consentflow {

void add_pipl_checks(CheckList& checks) {
  checks.push_back(std::make_unique<ChildrenWithoutGuardianConsentCheck>());
  checks.push_back(std::make_unique<NoAccountCancellationCheck>());
  checks.push_back(std::make_unique<NoComplaintChannelCheck>());
  checks.push_back(std::make_unique<NoContactChannelCheck>());
  checks.push_back(std::make_unique<NoRetentionPeriodCheck>());
  checks.push_back(std::make_unique<NoWithdrawalCheck>());
  checks.push_back(std::make_unique<PublicDisclosureWithoutSeparateConsentCheck>());
  checks.push_back(std::make_unique<RecipientDetailsMissingCheck>());
  checks.push_back(std::make_unique<RightsMissingCheck>());
  checks.push_back(std::make_unique<SharingWithoutSeparateConsentCheck>());
}

}  // namespace consentflow
