using System.Globalization;
using Samspill.Grains.Notifications;

namespace Samspill.Gateway.Email;

/// <summary>The values a notice's template sees: its fields plus Norwegian names for phases, kinds and times.</summary>
public static class NoticeModel
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    public static Dictionary<string, object> Of(Notice notice)
    {
        var model = notice.Fields.ToDictionary(f => f.Key, f => (object)f.Value);
        model["fromName"] = PhaseName(notice.Field("from"));
        model["toName"] = PhaseName(notice.Field("to"));
        var kind = EventKindName(notice.Field("kind"));
        model["kindName"] = kind;
        model["kindNameLower"] = kind.ToLower(Norwegian);
        model["startsAtText"] = OsloTime(notice.Field("startsAt"));
        model["deadlineText"] = OsloTime(notice.Field("registrationDeadline"));
        model["reasonsText"] = (notice.Field("reasons") ?? "").Replace('\n', ' ');
        foreach (var name in new[] { "consortiumTitle", "leadName", "municipalityName", "title", "otherMunicipalityName" })
            model.TryAdd(name, "");
        return model;
    }

    public static string PhaseName(string? phase) => phase switch
    {
        "FORMING" => "etablering",
        "NEEDS_CLARIFICATION" => "behovsavklaring",
        "MARKET_DIALOGUE" => "markedsdialog",
        "COMPETITION" => "konkurranse",
        "CONTRACT" => "kontrakt",
        "BENEFIT_REALISATION" => "gevinstrealisering",
        "COMPLETED" => "avsluttet",
        "CANCELLED" => "avlyst",
        _ => phase ?? "",
    };

    public static string EventKindName(string? kind) => kind switch
    {
        "ONE_TO_ONE_MEETINGS" => "En-til-en-møter",
        "WEBINAR" => "Webinar",
        _ => "Dialogkonferanse",
    };

    /// <summary>An instant as Oslo people read it: "10. mars 2027 kl. 10.00".</summary>
    public static string OsloTime(string? instant)
    {
        if (!DateTimeOffset.TryParse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) return "";
        var local = TimeZoneInfo.ConvertTime(at, PersonRules.Oslo);
        return $"{local.ToString("d. MMMM yyyy", Norwegian)} kl. {local:HH.mm}";
    }
}
