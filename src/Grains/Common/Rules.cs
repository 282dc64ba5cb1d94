namespace Samspill.Grains.Common;

/// <summary>The named rules of docs/domain.md, returned as extensions.rule.</summary>
public static class Rules
{
    public const string EqualTreatment = "EQUAL_TREATMENT";
    public const string AskerAnonymous = "ASKER_ANONYMOUS";
    public const string DialogueWindow = "DIALOGUE_WINDOW";
    public const string LeadOnly = "LEAD_ONLY";
    public const string MembershipFrozen = "MEMBERSHIP_FROZEN";
    public const string AuthorizationRequired = "AUTHORIZATION_REQUIRED";
    public const string AggregatedValue = "AGGREGATED_VALUE";
    public const string OwnNeedOnly = "OWN_NEED_ONLY";
    public const string PhaseOrder = "PHASE_ORDER";
    public const string RegistrationWindow = "REGISTRATION_WINDOW";
    public const string ValidIdentifiers = "VALID_IDENTIFIERS";
    /// <summary>Added here: a need cannot be withdrawn or changed in scope while it is pooled.</summary>
    public const string NeedPooled = "NEED_POOLED";
    /// <summary>Added here: membership actions need the right membership status (e.g. only the invited respond).</summary>
    public const string MembershipState = "MEMBERSHIP_STATE";
}
