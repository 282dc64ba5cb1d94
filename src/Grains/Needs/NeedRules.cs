using Samspill.Grains.Common;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Needs;

/// <summary>Validation and state changes of a need: plain functions, no I/O, time passed in.</summary>
public static class NeedRules
{
    public const int MaxCpvCodes = 20;
    public const long MaxValueNok = 1_000_000_000_000;
    private static readonly DateOnly EarliestDate = new(2000, 1, 1);
    private static readonly DateOnly LatestDate = new(2100, 12, 31);

    public static NeedRecord Publish(PublishNeedCommand cmd, string municipality, string id, ReferenceCatalog catalog, DateTimeOffset now)
    {
        var title = TextInput.Line("title", cmd.Title, 3, 200);
        var description = TextInput.Required("description", cmd.Description, 0, 10_000);
        var cpv = ValidCpv("cpv", cmd.Cpv, catalog);
        ValidValue(cmd.EstimatedValueNok);
        ValidWindow(cmd.NeededFrom, cmd.NeededTo);
        ValidEnum("category", cmd.Category);
        ValidEnum("visibility", cmd.Visibility);
        return new NeedRecord
        {
            Id = id, Municipality = municipality, Title = title, Description = description, Cpv = cpv,
            Category = cmd.Category, EstimatedValueNok = cmd.EstimatedValueNok,
            NeededFrom = cmd.NeededFrom, NeededTo = cmd.NeededTo, Stage = NeedStage.Identified,
            Visibility = cmd.Visibility, OpenToCollaboration = cmd.OpenToCollaboration,
            CreatedAt = now, UpdatedAt = now,
        };
    }

    public static NeedRecord Update(NeedRecord need, UpdateNeedCommand cmd, ReferenceCatalog catalog, DateTimeOffset now)
    {
        if (need.IsWithdrawn)
            throw DomainException.Invalid("id", "A withdrawn need cannot be changed; publish a new one.");
        // Bad input is reported before any rule: the caller learns what to fix first.
        if (cmd.Stage is { } stage && stage is not (NeedStage.Identified or NeedStage.Clarified))
            throw DomainException.Invalid("stage", "Stage can only be set to IDENTIFIED or CLARIFIED; use withdrawNeed or poolNeed for the others.");
        var pooled = need.Stage == NeedStage.InConsortium;
        if (pooled && (cmd.Cpv is not null || cmd.EstimatedValueNok is not null || cmd.Stage is not null))
            throw DomainException.Violation(Rules.NeedPooled,
                "The need is pooled in a consortium: its CPV codes, value and stage are fixed while it is there.");
        if (cmd.Visibility is { } v) ValidEnum("visibility", v);

        var updated = need with
        {
            Title = cmd.Title is null ? need.Title : TextInput.Line("title", cmd.Title, 3, 200),
            Description = cmd.Description is null ? need.Description : TextInput.Required("description", cmd.Description, 0, 10_000),
            Cpv = cmd.Cpv is null ? need.Cpv : ValidCpv("cpv", cmd.Cpv, catalog),
            EstimatedValueNok = cmd.EstimatedValueNok ?? need.EstimatedValueNok,
            NeededFrom = cmd.NeededFrom ?? need.NeededFrom,
            NeededTo = cmd.NeededTo ?? need.NeededTo,
            Stage = cmd.Stage ?? need.Stage,
            Visibility = cmd.Visibility ?? need.Visibility,
            OpenToCollaboration = cmd.OpenToCollaboration ?? need.OpenToCollaboration,
            UpdatedAt = now,
        };
        ValidValue(updated.EstimatedValueNok);
        ValidWindow(updated.NeededFrom, updated.NeededTo);
        return updated;
    }

    public static NeedRecord Withdraw(NeedRecord need, DateTimeOffset now)
    {
        if (need.Stage == NeedStage.InConsortium)
            throw DomainException.Violation(Rules.NeedPooled,
                "The need is pooled in a consortium; leave the consortium before withdrawing it.");
        return need.IsWithdrawn ? need : need with { Stage = NeedStage.Withdrawn, UpdatedAt = now };
    }

    /// <summary>Marks a need as pooled in a consortium; repeating it for the same consortium changes nothing.</summary>
    public static NeedRecord Pool(NeedRecord need, string consortiumId, DateTimeOffset now)
    {
        if (need.ConsortiumId == consortiumId) return need;
        if (need.IsWithdrawn)
            throw DomainException.Invalid("needId", "A withdrawn need cannot be pooled.");
        if (need.ConsortiumId is not null)
            throw DomainException.Violation(Rules.OwnNeedOnly, "The need already sits in another consortium; a need sits in at most one.");
        return need with
        {
            Stage = NeedStage.InConsortium, StageBeforePooling = need.Stage, ConsortiumId = consortiumId, UpdatedAt = now,
        };
    }

    /// <summary>Takes a need back out of a consortium; a no-op when it is not in that consortium.</summary>
    public static NeedRecord Release(NeedRecord need, string consortiumId, DateTimeOffset now) =>
        need.ConsortiumId != consortiumId
            ? need
            : need with { Stage = need.StageBeforePooling, ConsortiumId = null, UpdatedAt = now };

    public static IReadOnlyList<string> ValidCpv(string field, IReadOnlyList<string>? codes, ReferenceCatalog catalog)
    {
        if (codes is null || codes.Count == 0)
            throw DomainException.Invalid(field, "Give at least one CPV code, e.g. 72000000-5.");
        if (codes.Count > MaxCpvCodes)
            throw DomainException.Invalid(field, $"Give at most {MaxCpvCodes} CPV codes.");
        var result = new List<string>();
        foreach (var raw in codes)
        {
            var code = catalog.CpvCode(raw)
                ?? throw new DomainException(ErrorCodes.ValidationFailed,
                    $"'{raw}' is not a CPV 2008 code with its check digit (e.g. 72000000-5).", Rules.ValidIdentifiers, field);
            if (!result.Contains(code.Code)) result.Add(code.Code);
        }
        return result;
    }

    private static void ValidValue(long? value)
    {
        if (value is < 0 or > MaxValueNok)
            throw DomainException.Invalid("estimatedValueNok", "The estimated value must be between 0 and 1,000,000,000,000 NOK.");
    }

    private static void ValidWindow(DateOnly? from, DateOnly? to)
    {
        if (from is { } f && (f < EarliestDate || f > LatestDate))
            throw DomainException.Invalid("neededFrom", "neededFrom must be a date between 2000 and 2100.");
        if (to is { } t && (t < EarliestDate || t > LatestDate))
            throw DomainException.Invalid("neededTo", "neededTo must be a date between 2000 and 2100.");
        if (from is { } a && to is { } b && b < a)
            throw DomainException.Invalid("neededTo", "neededTo must not be before neededFrom.");
    }

    private static void ValidEnum<T>(string field, T value) where T : struct, Enum
    {
        if (!Enum.IsDefined(value)) throw DomainException.Invalid(field, $"{field} has an unknown value.");
    }
}
