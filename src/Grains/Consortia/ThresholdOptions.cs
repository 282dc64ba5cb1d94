namespace Samspill.Grains.Consortia;

/// <summary>Configuration section Thresholds: the FOA thresholds in whole NOK (EEA values for municipalities 2024–2026).</summary>
public sealed class ThresholdOptions
{
    public const string Section = "Thresholds";

    public long NationalNok { get; set; } = 1_300_000;
    public long EeaGoodsAndServicesNok { get; set; } = 2_300_000;
    public long EeaWorksNok { get; set; } = 57_800_000;
}
