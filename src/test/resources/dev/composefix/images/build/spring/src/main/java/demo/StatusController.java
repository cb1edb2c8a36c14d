package demo;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
public class StatusController {

  // @GetMapping("/old-health")
  @GetMapping("/health")
  public String health() {
    return "ok";
  }

  @GetMapping(path = "/orders")
  public String orders() {
    return "[]";
  }
}
