package demo

@RestController
class Ping {
    @RequestMapping(value = ["/ping"], method = [RequestMethod.GET])
    fun ping() = "pong"
}
