package demo;

class StatusControllerTest {
  @GetMapping("/test-health")
  void check() {}
}
