package com.kestrelfibre.care.service

import com.fasterxml.jackson.databind.JsonNode
import com.kestrelfibre.care.model.CustomerRepository
import org.springframework.beans.factory.annotation.Qualifier
import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Service
import org.springframework.web.client.RestTemplate

@Service
class InstallFeedbackSummarizer(
    @Qualifier("claudeRestTemplate") private val claude: RestTemplate,
    private val customers: CustomerRepository,
    @Value("\${foundry.model}") private val model: String,
) {
    fun summarize(customerId: Long, surveyAnswers: Map<String, String>): String {
        val customer = customers.findById(customerId).orElseThrow()
        val answers = surveyAnswers.entries.joinToString("\n") { (question, answer) -> "$question: $answer" }
        val body = mapOf(
            "model" to model,
            "max_tokens" to 400,
            "system" to "Summarise install feedback for the field-ops lead. Flag anything about technician conduct.",
            "messages" to listOf(
                mapOf(
                    "role" to "user",
                    "content" to "Install at ${customer.homeAddress()}\n$answers",
                ),
            ),
        )
        val reply = claude.postForObject("/v1/messages", body, JsonNode::class.java)
        return reply?.path("content")?.path(0)?.path("text")?.asText().orEmpty()
    }
}
