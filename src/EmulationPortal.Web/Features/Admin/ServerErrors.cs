using EmulationPortal.Application.Common;
using EmulationPortal.Web.Components.Shared;

namespace EmulationPortal.Web.Features.Admin;

/// <summary>
/// What the use case refused, ready for a form: field errors by field name (shown on their inputs) and the one-line
/// message for a conflict or a broken rule (shown in an alert). Cleared when the user edits again.
/// </summary>
internal sealed class ServerErrors
{
    private Dictionary<string, string> _fields = [];

    public string? Message { get; private set; }

    public bool Has(string field) => _fields.ContainsKey(field);

    public string? Of(string field) => _fields.GetValueOrDefault(field);

    public void Show(Outcome outcome, UserMessages messages)
    {
        _fields = outcome.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => messages.For(g.First()));
        Message = messages.For(outcome);
    }

    public void Clear()
    {
        _fields = [];
        Message = null;
    }
}
