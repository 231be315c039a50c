// Not compiled: input for tests/scripts/check_no_network.sh, which must reject it.
#include <QNetworkAccessManager>
#include <sys/socket.h>
int open_socket()
{
    return socket(AF_INET, SOCK_STREAM, 0);
}
