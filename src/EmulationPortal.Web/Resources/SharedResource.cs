namespace EmulationPortal.Web.Resources;

/// <summary>Marker for the shared UI strings (SharedResource.resx is Vietnamese, the default; SharedResource.en.resx English).</summary>
public sealed class SharedResource;
