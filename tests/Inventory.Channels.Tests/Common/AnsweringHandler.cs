using System.Net;
using System.Text;

namespace Inventory.Channels.Tests.Common;

/// <summary>Answers each request with the next queued status (an empty JSON object on success) and records the
/// <c>x-token</c> header it carried (null: none).</summary>
internal sealed class AnsweringHandler : HttpMessageHandler
{
    public Queue<HttpStatusCode> Answers { get; } = new();

    public List<string?> Tokens { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Tokens.Add(request.Headers.TryGetValues("x-token", out var values) ? values.Single() : null);
        var status = Answers.Dequeue();
        return Task.FromResult(new HttpResponseMessage(status)
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        });
    }
}
