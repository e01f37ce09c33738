namespace EmulationPortal.Application.Notifications;

/// <summary>
/// Tells the open circuits of this process that someone's notifications changed, after the change was committed; the
/// bell then asks the store for its count. A singleton: subscribers are the circuits of the people signed in here.
/// </summary>
public sealed class NotificationSignal
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Action>> _subscribers = [];

    public IDisposable Subscribe(string userId, Action changed)
    {
        lock (_gate)
        {
            if (!_subscribers.TryGetValue(userId, out var list))
            {
                _subscribers[userId] = list = [];
            }

            list.Add(changed);
        }

        return new Subscription(() => Remove(userId, changed));
    }

    public void Notify(IEnumerable<string> userIds)
    {
        List<Action> handlers;
        lock (_gate)
        {
            handlers = userIds.Distinct().SelectMany(id => _subscribers.GetValueOrDefault(id) ?? []).ToList();
        }

        foreach (var handler in handlers)
        {
            handler();
        }
    }

    private void Remove(string userId, Action changed)
    {
        lock (_gate)
        {
            if (_subscribers.TryGetValue(userId, out var list) && list.Remove(changed) && list.Count == 0)
            {
                _subscribers.Remove(userId);
            }
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
