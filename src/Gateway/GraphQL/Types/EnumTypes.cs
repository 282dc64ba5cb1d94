using Samspill.Grains.Consortia;
using Samspill.Grains.Matching;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;

namespace Samspill.Gateway.GraphQL.Types;

// The contract's enums: GraphQL.NET spells C# PascalCase members in CONSTANT_CASE (NeedsClarification → NEEDS_CLARIFICATION).

/// <summary>Role.</summary>
public sealed class RoleEnum : EnumerationGraphType
{
    public RoleEnum()
    {
        Name = "Role";
        Add("MUNICIPALITY", CallerRole.Municipality);
        Add("SUPPLIER", CallerRole.Supplier);
        Add("PROGRAMME", CallerRole.Programme);
    }
}

/// <summary>NeedStage.</summary>
public sealed class NeedStageEnum : EnumerationGraphType<NeedStage> { public NeedStageEnum() => Name = "NeedStage"; }

/// <summary>Visibility.</summary>
public sealed class VisibilityEnum : EnumerationGraphType<NeedVisibility> { public VisibilityEnum() => Name = "Visibility"; }

/// <summary>ProcurementCategory.</summary>
public sealed class ProcurementCategoryEnum : EnumerationGraphType<ProcurementCategory> { public ProcurementCategoryEnum() => Name = "ProcurementCategory"; }

/// <summary>MatchReason.</summary>
public sealed class MatchReasonEnum : EnumerationGraphType<MatchReason> { public MatchReasonEnum() => Name = "MatchReason"; }

/// <summary>ConsortiumPhase.</summary>
public sealed class ConsortiumPhaseEnum : EnumerationGraphType<ConsortiumPhase> { public ConsortiumPhaseEnum() => Name = "ConsortiumPhase"; }

/// <summary>ThresholdRegime.</summary>
public sealed class ThresholdRegimeEnum : EnumerationGraphType<ThresholdRegime> { public ThresholdRegimeEnum() => Name = "ThresholdRegime"; }

/// <summary>MemberRole.</summary>
public sealed class MemberRoleEnum : EnumerationGraphType<MemberRole> { public MemberRoleEnum() => Name = "MemberRole"; }

/// <summary>MemberStatus.</summary>
public sealed class MemberStatusEnum : EnumerationGraphType<MemberStatus> { public MemberStatusEnum() => Name = "MemberStatus"; }
