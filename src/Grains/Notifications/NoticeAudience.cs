using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Municipalities;
using Samspill.Grains.ReferenceData;
using Samspill.Grains.Suppliers;

namespace Samspill.Grains.Notifications;

/// <summary>
/// Who may receive a notice now, read from the grains that own the truth (consortium members, answer distribution,
/// follows, registrations). Asked when a notice is resolved and again before every send and digest, so a person who
/// has lost access (left, declined, unfollowed) gets nothing more.
/// </summary>
public static class NoticeAudience
{
    /// <summary>The notifier reads as programme staff: it sees what every member and supplier could see, and decides itself who gets what.</summary>
    public static readonly Caller Notifier = new(CallerRole.Programme, null, "Samspill varsler");

    /// <summary>The tenants (as people-list keys) the notice may go to now; null when it cannot be told yet (retry later).</summary>
    public static async Task<IReadOnlyList<string>?> TenantsAsync(IGrainFactory grains, Notice notice)
    {
        CallerContext.Set(Notifier);
        switch (notice.Audience)
        {
            case AudienceKind.Municipality:
                return await EntitledAsync(grains, notice, notice.AudienceKey) ? [PersonIds.TenantKey(CallerRole.Municipality, notice.AudienceKey)] : [];
            case AudienceKind.AnnouncementFollower or AudienceKind.EventSupplier:
                return await EntitledAsync(grains, notice, notice.AudienceKey) ? [PersonIds.TenantKey(CallerRole.Supplier, notice.AudienceKey)] : [];
            case AudienceKind.ConsortiumMembers or AudienceKind.ConsortiumLead:
            {
                var view = await grains.GetGrain<IConsortiumGrain>(notice.AudienceKey).GetView();
                if (view is null) return [];
                return Members(view, notice).Select(m => PersonIds.TenantKey(CallerRole.Municipality, m)).ToList();
            }
            case AudienceKind.AnswerRecipients:
            {
                var distributions = await grains.GetGrain<IConsortiumDialogueGrain>(notice.AudienceKey).GetAnswerDistribution();
                var distribution = distributions.FirstOrDefault(d => d.QuestionId == notice.Field("questionId"));
                // The consortium logs the distribution just after publishing; until then, wait.
                return distribution?.Suppliers.Select(s => PersonIds.TenantKey(CallerRole.Supplier, s)).ToList();
            }
            default:
                return [];
        }
    }

    /// <summary>True when the tenant (kommunenummer or organisation number) may still receive the notice.</summary>
    public static async Task<bool> EntitledAsync(IGrainFactory grains, Notice notice, string tenant)
    {
        CallerContext.Set(Notifier);
        switch (notice.Audience)
        {
            case AudienceKind.Municipality when notice.Kind == NoticeKind.Invitation:
            {
                // An invitation that was answered, withdrawn or lapsed (membership frozen) is no longer news.
                var view = notice.Field("consortiumId") is { } id ? await grains.GetGrain<IConsortiumGrain>(id).GetView() : null;
                return view is not null && notice.AudienceKey == tenant
                    && view.Members.Any(m => m.Municipality == tenant && m.Status == MemberStatus.Invited);
            }
            case AudienceKind.Municipality:
                return notice.AudienceKey == tenant;
            case AudienceKind.ConsortiumMembers or AudienceKind.ConsortiumLead:
            {
                var view = await grains.GetGrain<IConsortiumGrain>(notice.AudienceKey).GetView();
                return view is not null && Members(view, notice).Contains(tenant);
            }
            case AudienceKind.AnswerRecipients:
                return (await TenantsAsync(grains, notice))?.Contains(PersonIds.TenantKey(CallerRole.Supplier, tenant)) == true;
            case AudienceKind.AnnouncementFollower:
                return notice.AudienceKey == tenant && (await MatchingFollowsAsync(grains, notice, tenant)).Count > 0;
            case AudienceKind.EventSupplier:
            {
                if (notice.AudienceKey != tenant || notice.Field("eventId") is not { } eventId) return false;
                // A reminder of a deadline is no news once the event is cancelled.
                if (notice.Kind == NoticeKind.RegistrationDeadline && (await grains.GetGrain<IDialogueEventGrain>(eventId).GetView()) is not { CancelledAt: null }) return false;
                var registered = await grains.GetGrain<IDialogueEventLedgerGrain>(eventId).ActiveRegistrants();
                return registered.Contains(tenant) || (await MatchingFollowsAsync(grains, notice, tenant)).Count > 0;
            }
            default:
                return false;
        }
    }

    /// <summary>The supplier's follows that cover the event of the notice: why it matched (empty when it no longer does).</summary>
    public static async Task<IReadOnlyList<FollowRecord>> MatchingFollowsAsync(IGrainFactory grains, Notice notice, string orgNumber)
    {
        CallerContext.Set(Notifier);
        var supplier = await grains.GetGrain<ISupplierGrain>(orgNumber).GetView();
        if (supplier is null || notice.Field("consortiumId") is not { } consortiumId) return [];
        var audience = await AudienceOfAsync(grains, consortiumId, notice.Field("cpv"));
        return supplier.Follows.Where(f => FollowRules.Covers(f, audience)).ToList();
    }

    private static async Task<DialogueAudience> AudienceOfAsync(IGrainFactory grains, string consortiumId, string? cpv)
    {
        var view = await grains.GetGrain<IConsortiumGrain>(consortiumId).GetView();
        var members = view?.Members.Where(m => m.Status == MemberStatus.Joined).Select(m => m.Municipality).ToList() ?? [];
        var counties = members.Select(m => m.Length >= 2 ? m[..2] : m).Distinct().ToList();
        var codes = (cpv ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();
        return new DialogueAudience(consortiumId, members, counties, codes);
    }

    private static IEnumerable<string> Members(ConsortiumView view, Notice notice) => notice.Audience == AudienceKind.ConsortiumLead
        ? [view.Lead]
        // The municipality a membership change is about is not told of its own step.
        : view.Members.Where(m => m.Status == MemberStatus.Joined && m.Municipality != notice.Field("municipality")).Select(m => m.Municipality);

    /// <summary>Adds the names and titles the e-mail shows (and, for an announcement, why it matched) to the notice's fields.</summary>
    public static async Task<Notice> EnrichAsync(IGrainFactory grains, ReferenceCatalog catalog, Notice notice)
    {
        CallerContext.Set(Notifier);
        var fields = new Dictionary<string, string>(notice.Fields);
        void Name(string field, string target)
        {
            if (fields.TryGetValue(field, out var number) && catalog.Municipality(number) is { } m) fields[target] = m.Name;
        }
        Name("municipality", "municipalityName");
        Name("invitedBy", "invitedByName");
        Name("otherMunicipality", "otherMunicipalityName");
        if (notice.Field("consortiumId") is { } consortiumId && await grains.GetGrain<IConsortiumGrain>(consortiumId).GetView() is { } view)
        {
            fields["consortiumTitle"] = view.Title;
            if (catalog.Municipality(view.Lead) is { } lead) fields["leadName"] = lead.Name;
            if (notice.Kind == NoticeKind.Invitation && view.Members.FirstOrDefault(m => m.Municipality == notice.AudienceKey) is { Message: { } message })
                fields["message"] = message;
        }
        if (notice.Kind == NoticeKind.Announcement)
        {
            var reasons = (await MatchingFollowsAsync(grains, notice, notice.AudienceKey)).Select(f => Reason(f, catalog)).Distinct().ToList();
            if (reasons.Count > 0) fields["reasons"] = string.Join('\n', reasons);
        }
        if (notice.Kind == NoticeKind.PartnerSuggestion && notice.Field("needId") is { } needId && notice.Field("matchedNeedId") is { } matchedId)
        {
            var own = await grains.GetGrain<IMunicipalityGrain>(notice.AudienceKey).GetNeed(needId);
            if (own is not null) fields["needTitle"] = own.Title;
            if (notice.Field("otherMunicipality") is { } other && await grains.GetGrain<IMunicipalityGrain>(other).GetNeed(matchedId) is { } theirs)
                fields["matchedNeedTitle"] = theirs.Title;
        }
        return notice with { Fields = fields };
    }

    /// <summary>Why an announcement reached a supplier, in Norwegian, as the e-mail says it.</summary>
    public static string Reason(FollowRecord follow, ReferenceCatalog catalog) => follow.Kind switch
    {
        FollowKind.Cpv => $"Dere følger CPV-koden {follow.Value}{(catalog.CpvCode(follow.Value) is { } c ? $" ({c.LabelNo})" : "")}.",
        FollowKind.Consortium => "Dere følger dette innkjøpssamarbeidet.",
        FollowKind.Municipality => $"Dere følger {catalog.Municipality(follow.Value)?.Name ?? follow.Value} kommune, som er med i samarbeidet.",
        FollowKind.County => $"Dere følger {catalog.County(follow.Value)?.Name ?? follow.Value}, der en kommune i samarbeidet ligger.",
        _ => "",
    };
}
