def handler(request,
            response
    return response
