using EmulationPortal.Web.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace EmulationPortal.Web.Components.Shared;

/// <summary>
/// MudBlazor's own texts (a date picker's "Not a valid date time"…) in the portal's language: a key found as
/// "Mud.{key}" in the shared strings wins; MudBlazor falls back to its English otherwise.
/// </summary>
internal sealed class MudTranslations(IStringLocalizer<SharedResource> localizer) : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            var text = localizer[$"Mud.{key}"];
            return new LocalizedString(key, text.Value, text.ResourceNotFound);
        }
    }

    public override LocalizedString this[string key, params object[] arguments]
    {
        get
        {
            var text = localizer[$"Mud.{key}", arguments];
            return new LocalizedString(key, text.Value, text.ResourceNotFound);
        }
    }
}
