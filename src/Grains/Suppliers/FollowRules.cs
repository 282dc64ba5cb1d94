using Samspill.Grains.Common;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Suppliers;

/// <summary>What may be followed, and who hears an announcement: plain functions, no grains.</summary>
public static class FollowRules
{
    public const int MaxFollows = 200;

    /// <summary>The value in its canonical form, or VALIDATION_FAILED (field "value") when it names nothing real.</summary>
    public static string Validate(FollowKind kind, string? value, ReferenceCatalog catalog)
    {
        var v = value?.Trim() ?? "";
        switch (kind)
        {
            case FollowKind.Cpv when catalog.CpvCode(v) is { } cpv:
                return cpv.Code;
            case FollowKind.Cpv:
                throw new DomainException(ErrorCodes.ValidationFailed,
                    $"'{v}' is not a CPV 2008 code with its check digit (for example 48000000-8).", Rules.ValidIdentifiers, "value");
            case FollowKind.Municipality when catalog.Municipality(v) is not null:
                return v;
            case FollowKind.Municipality:
                throw new DomainException(ErrorCodes.ValidationFailed, $"'{v}' is not one of the 357 kommunenummer.", Rules.ValidIdentifiers, "value");
            case FollowKind.County when catalog.County(v) is not null:
                return v;
            case FollowKind.County:
                throw new DomainException(ErrorCodes.ValidationFailed, $"'{v}' is not a county number (two digits, e.g. 18).", Rules.ValidIdentifiers, "value");
            case FollowKind.Consortium when v.Length is > 0 and <= 64 && v.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'):
                return v;
            case FollowKind.Consortium:
                throw DomainException.Invalid("value", "A consortium id is 1 to 64 letters, digits or dashes.");
            default:
                throw DomainException.Invalid("kind", "kind must be CPV, CONSORTIUM, MUNICIPALITY or COUNTY.");
        }
    }

    /// <summary>Adds the follow; false when it was already there (a repeat changes nothing).</summary>
    public static bool Follow(List<FollowRecord> follows, FollowKind kind, string value, DateTimeOffset now)
    {
        if (follows.Any(f => f.Kind == kind && f.Value == value)) return false;
        if (follows.Count >= MaxFollows)
            throw DomainException.Invalid("value", $"A supplier can follow at most {MaxFollows} things; unfollow something first.");
        follows.Add(new FollowRecord(kind, value, now));
        return true;
    }

    /// <summary>Removes the follow; false when it was not there.</summary>
    public static bool Unfollow(List<FollowRecord> follows, FollowKind kind, string value) =>
        follows.RemoveAll(f => f.Kind == kind && f.Value == value) > 0;

    /// <summary>True when one of <paramref name="follows"/> covers the announcement's audience.</summary>
    public static bool Hears(IEnumerable<FollowRecord> follows, DialogueAudience audience) => follows.Any(f => Covers(f, audience));

    public static bool Covers(FollowRecord follow, DialogueAudience audience) => follow.Kind switch
    {
        // Following a code follows its subtree: an event on 48100000-9 reaches a follower of 48000000-8, not the reverse.
        FollowKind.Cpv => audience.Cpv.Any(code => CpvTree.IsInSubtree(code, follow.Value)),
        FollowKind.Consortium => audience.ConsortiumId == follow.Value,
        FollowKind.Municipality => audience.Municipalities.Contains(follow.Value),
        FollowKind.County => audience.Counties.Contains(follow.Value),
        _ => false,
    };

    /// <summary>The follower index a follow is kept in: CPV codes by division, the others by their value.</summary>
    public static string IndexKey(FollowKind kind, string value) => kind switch
    {
        FollowKind.Cpv => $"cpv/{CpvTree.Division(value)}",
        FollowKind.Consortium => $"consortium/{value}",
        FollowKind.Municipality => $"municipality/{value}",
        _ => $"county/{value}",
    };

    /// <summary>Every index that can hold a follower of the audience: a handful of grains, never every supplier.</summary>
    public static IReadOnlyList<string> IndexKeys(DialogueAudience audience) =>
        audience.Cpv.Select(c => IndexKey(FollowKind.Cpv, c))
            .Append(IndexKey(FollowKind.Consortium, audience.ConsortiumId))
            .Concat(audience.Municipalities.Select(m => IndexKey(FollowKind.Municipality, m)))
            .Concat(audience.Counties.Select(c => IndexKey(FollowKind.County, c)))
            .Distinct().ToList();
}
